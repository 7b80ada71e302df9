import { defineRule } from "../../lint/rule.js";
import { hasCacheMount, headRange, runModels } from "../package-commands.js";

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
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const models = runModels(ctx, inst);
        if (!models || hasCacheMount(inst, ["/var/cache/yum"])) return;
        const cleaned = models.some(
          (m) =>
            (m.packages?.manager === "yum" &&
              m.packages.action === "clean" &&
              m.packages.args.positionals[1]?.value === "all") ||
            m.rm?.cleans.has("yum"),
        );
        if (cleaned) return;
        for (const m of models) {
          const p = m.packages;
          if (p?.manager === "yum" && p.subcommand?.value === "install")
            ctx.report({ range: headRange(p), messageId: "notCleaned" });
        }
      },
    };
  },
});
