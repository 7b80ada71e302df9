import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

const VCS = /^(git|hg|svn|bzr)\+/;

/**
 * A VCS requirement names its revision with `@`: `git+https://host/org/repo.git@v1.0#egg=x`. An
 * `@` before the first `/` after the scheme is a user (`git+ssh://git@host/...`), not a revision.
 */
function vcsHasRevision(v: string): boolean {
  const location = v.replace(/#.*$/, "").replace(/^[a-z+]+:\/\//, "");
  const slash = location.indexOf("/");
  return slash !== -1 && location.indexOf("@", slash) !== -1;
}

/** Local paths, archives, wheels and URL requirements are not pinnable by version. */
export function isLocalOrUrl(v: string): boolean {
  return (
    v.startsWith(".") ||
    v.startsWith("/") ||
    v.startsWith("~") ||
    v.includes("://") ||
    v.includes("/") ||
    /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/.test(v)
  );
}

export default defineRule({
  meta: {
    name: "pip-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description:
      "pip install without a pinned version (`pip install <package>==<version>`) or a requirements file",
    sources: [{ tool: "hadolint", id: "DL3013" }],
    messages: {
      unpinned:
        "Pin versions in pip: instead of `{{command}} {{name}}` use `{{command}} {{name}}==<version>` or `{{command}} --requirement <requirements file>`",
      unpinnedVcs:
        "Pin the VCS requirement to a revision: instead of `{{command}} {{name}}` name a tag or commit after `@` (`...repo.git@<tag>#egg=...`)",
    },
    runCommands: ["pip", "uv"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if ((p.manager !== "pip" && p.manager !== "uv") || p.action !== "install") continue;
          // a constraints file (`-c constraints.txt`) pins whatever is installed
          if (p.args.flags.some((f) => f.name === "constraint")) continue;
          // name the command as run: `uv add x`, `uv pip install x`, `uv tool install x`
          const command =
            p.manager === "uv"
              ? ["uv", ...p.subcommands.map((w) => w.value ?? w.raw)].join(" ")
              : "pip install";
          for (const pkg of p.packages) {
            const v = pkg.word.value ?? pkg.word.pattern ?? null;
            if (v === null) continue;
            if (VCS.test(v)) {
              if (!vcsHasRevision(v))
                ctx.report({ range: pkg.word.range, messageId: "unpinnedVcs", data: { name: v, command } });
              continue;
            }
            if (pkg.version || /[=<>~!@]/.test(v) || isLocalOrUrl(v)) continue;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: v, command } });
          }
        }
      },
    };
  },
});
