import { defineRule } from "../../lint/rule.js";
import { normalizePath } from "../../shell/commands/files.js";
import { hasCacheMount, headRange, runModels } from "../package-commands.js";

/** yum's cache directories (dnf's too: yum is dnf on EL8+), and their parents; not dnf5's libdnf5 */
const YUM_CACHES = ["/var/cache/yum", "/var/cache/dnf"];
const removesYumCache = (path: string) => {
  const p = normalizePath(path);
  return p.startsWith("/") && p !== "/" && YUM_CACHES.some((c) => c === p || c.startsWith(`${p}/`));
};

export default defineRule({
  meta: {
    name: "yum-cache-not-cleaned",
    category: "size",
    severity: "warning",
    description: "yum install without `yum clean all` in the same RUN leaves the yum cache in the image",
    sources: [
      { tool: "hadolint", id: "DL3032" },
      { tool: "trivy", id: "DS-0015" },
    ],
    messages: {
      notCleaned:
        "`yum clean all` missing after yum command: add `&& yum clean all` to this RUN, or use `RUN --mount=type=cache,target=/var/cache/yum`",
    },
    runCommands: ["yum"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const models = runModels(ctx, inst);
        if (!models || hasCacheMount(inst, ["/var/cache/yum"])) return;
        const installs = models.flatMap((m, i) =>
          m.packages?.manager === "yum" && m.packages.subcommand?.value === "install"
            ? [{ p: m.packages, i }]
            : [],
        );
        if (installs.length === 0) return;
        const first = installs[0]!.i;
        // only a cleanup after the first install counts
        const cleaned = models.some(
          (m, i) =>
            i > first &&
            ((m.packages?.manager === "yum" &&
              m.packages.action === "clean" &&
              m.packages.args.positionals[1]?.value === "all") ||
              m.rm?.paths.some((w) => removesYumCache(w.value ?? w.pattern ?? w.raw))),
        );
        if (cleaned) return;
        for (const { p } of installs) ctx.report({ range: headRange(p), messageId: "notCleaned" });
      },
    };
  },
});
