import { defineRule } from "../../lint/rule.js";
import { headRange, PACKAGE_DATABASE, runModels } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "update-without-install",
    category: "cache",
    severity: "warning",
    description:
      "A package index update (`apt-get update`, `apk update`, ...) without an install after it in the same RUN",
    sources: [
      { tool: "trivy", id: "DS-0017" },
      { tool: "checkov", id: "CKV_DOCKER_5" },
    ],
    messages: {
      alone:
        "`{{command}}` is not followed by an install in the same RUN: the cached layer keeps a stale index for later installs. Update and install in one RUN",
    },
    runCommands: Object.keys(PACKAGE_DATABASE),
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const models = runModels(ctx, inst);
        if (!models) return;
        // plain loops: this runs for every command of the RUNs that invoke a package manager
        for (let i = 0; i < models.length; i++) {
          const p = models[i]!.packages;
          const family = p && PACKAGE_DATABASE[p.manager];
          if (!p || !family) continue;
          // `yum update` / `zypper up` with no package upgrades everything and also refreshes the
          // metadata cache, which a later RUN's install then reads (Trivy DS-0017, Checkov
          // CKV_DOCKER_5); unless the RUN cleans that cache after it
          const fullUpgrade =
            p.action === "upgrade" &&
            (family === "rpm" || family === "zypper") &&
            p.packages.length === 0 &&
            (p.subcommand?.value === "update" || p.subcommand?.value === "up");
          if (p.action !== "update" && !fullUpgrade) continue;
          let installed = false;
          for (let j = i + 1; j < models.length && !installed; j++) {
            const q = models[j]!.packages;
            installed =
              q !== undefined &&
              PACKAGE_DATABASE[q.manager] === family &&
              (q.action === "install" || q.action === "upgrade" || (fullUpgrade && q.action === "clean"));
          }
          if (!installed)
            ctx.report({
              range: headRange(p),
              messageId: "alone",
              data: { command: `${p.manager} ${p.subcommand?.value ?? ""}`.trim() },
            });
        }
      },
    };
  },
});
