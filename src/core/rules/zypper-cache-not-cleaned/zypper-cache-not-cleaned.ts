import { defineRule } from "../../lint/rule.js";
import { hasCacheMount, headRange, runModels } from "../package-commands.js";

const INSTALL = new Set(["install", "in"]);

export default defineRule({
  meta: {
    name: "zypper-cache-not-cleaned",
    category: "size",
    severity: "warning",
    description:
      "zypper install without a later `zypper clean` in the same RUN leaves the cache in the image",
    sources: [
      { tool: "hadolint", id: "DL3036" },
      { tool: "trivy", id: "DS-0020" },
    ],
    messages: {
      notCleaned:
        "`zypper clean` missing after zypper use: add `&& zypper clean` to this RUN, or use `RUN --mount=type=cache,target=/var/cache/zypp`",
    },
    runCommands: ["zypper"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const models = runModels(ctx, inst);
        if (!models || hasCacheMount(inst, ["/var/cache/zypp"])) return;
        const installs = models.flatMap((m, i) =>
          m.packages?.manager === "zypper" && INSTALL.has(m.packages.subcommand?.value ?? "")
            ? [{ p: m.packages, i }]
            : [],
        );
        if (installs.length === 0) return;
        const first = installs[0]!.i;
        const cleaned = models.some(
          (m, i) =>
            i > first &&
            ((m.packages?.manager === "zypper" && m.packages.action === "clean") ||
              m.rm?.cleans.has("zypper")),
        );
        if (cleaned) return;
        for (const { p } of installs) ctx.report({ range: headRange(p), messageId: "notCleaned" });
      },
    };
  },
});
