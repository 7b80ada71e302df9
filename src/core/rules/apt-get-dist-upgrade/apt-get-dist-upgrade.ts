import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

/** apt-get's and apt's whole-distribution upgrade (`full-upgrade` is the same command). */
const DIST_UPGRADE = new Set(["dist-upgrade", "full-upgrade"]);

export default defineRule({
  meta: {
    name: "apt-get-dist-upgrade",
    category: "reproducibility",
    severity: "warning",
    description: "apt-get dist-upgrade upgrades the whole distribution inside an image build",
    sources: [{ tool: "trivy", id: "DS-0024" }],
    messages: {
      distUpgrade:
        "Do not use `{{manager}} {{sub}}` in a Dockerfile: use a newer base image, or upgrade the packages you need",
    },
    // Opt-in (strict, all): Trivy deprecated DS-0024 and hadolint removed its DL3005.
    runCommands: ["apt-get", "apt"],
    presets: ["strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          const sub = p.subcommand;
          if (p.manager !== "apt-get" && p.manager !== "apt") continue;
          if (sub?.value && DIST_UPGRADE.has(sub.value)) {
            ctx.report({
              range: sub.range,
              messageId: "distUpgrade",
              data: { manager: p.manager, sub: sub.value },
            });
          }
        }
      },
    };
  },
});
