import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

/** Local paths, archives, wheels and VCS or URL requirements are not pinnable by version. */
export function isLocalOrUrl(v: string): boolean {
  return (
    v.startsWith(".") ||
    v.startsWith("/") ||
    v.startsWith("~") ||
    v.includes("://") ||
    /^(git|hg|svn|bzr)\+/.test(v) ||
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
        "Pin versions in pip: instead of `pip install {{name}}` use `pip install {{name}}==<version>` or `pip install --requirement <requirements file>`",
    },
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if ((p.manager !== "pip" && p.manager !== "uv") || p.action !== "install") continue;
          for (const pkg of p.packages) {
            const v = pkg.word.value ?? pkg.word.pattern ?? null;
            if (v === null || pkg.version || /[=<>~!@]/.test(v) || isLocalOrUrl(v)) continue;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: v } });
          }
        }
      },
    };
  },
});
