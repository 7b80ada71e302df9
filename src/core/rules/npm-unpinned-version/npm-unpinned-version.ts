import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

/** git URLs and hosted-git shortcuts: pinned by a `#<commit-ish>` or `#semver:<range>` */
const GIT_SPEC = /^(git(\+[a-z]+)?:\/\/|(github|gitlab|bitbucket|gist):)/;

/** Paths, tarballs and URL specs: pinned by what they point at, not by a version. */
function isPinnedNonRegistry(v: string): boolean {
  if (GIT_SPEC.test(v)) return v.includes("#");
  return (
    v.startsWith(".") ||
    v.startsWith("/") ||
    v.startsWith("~") ||
    v.includes("://") ||
    /^(file|git\+[a-z]+):/.test(v) ||
    /\.(tgz|tar\.gz|tar)$/.test(v) ||
    /^[^@/]+\/[^@/]+#/.test(v)
  );
}

export default defineRule({
  meta: {
    name: "npm-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description: "npm install of a package without a pinned version (`npm install <package>@<version>`)",
    sources: [{ tool: "hadolint", id: "DL3016" }],
    messages: {
      unpinned: "Pin versions in npm: instead of `npm install {{name}}` use `npm install {{name}}@<version>`",
      unpinnedGit:
        "Pin the git dependency: instead of `npm install {{name}}` use `npm install {{name}}#<commit-ish>` or `#semver:<range>`",
    },
    runCommands: ["npm"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "npm" || p.action !== "install") continue;
          for (const pkg of p.packages) {
            const v = pkg.word.value;
            if (v === null || isPinnedNonRegistry(v)) continue;
            if (GIT_SPEC.test(v)) {
              ctx.report({ range: pkg.word.range, messageId: "unpinnedGit", data: { name: v } });
              continue;
            }
            const at = v.indexOf("@", v.startsWith("@") ? 1 : 0);
            if (at > 0 && at < v.length - 1) continue;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: v } });
          }
        }
      },
    };
  },
});
