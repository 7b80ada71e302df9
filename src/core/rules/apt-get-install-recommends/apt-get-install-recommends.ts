import { defineRule } from "../../lint/rule.js";
import type { PackageCommand } from "../../shell/commands/index.js";
import { headRange, insertAfterSubcommand, packageCommands } from "../package-commands.js";

const OPTION = /^APT::Install-Recommends=(false|no|0|"false")$/i;

function disablesRecommends(p: PackageCommand): boolean {
  return (
    p.args.flags.some(
      (f) => f.name === "no-install-recommends" || (f.name === "option" && OPTION.test(f.value?.value ?? "")),
    ) || p.args.positionals.some((w) => OPTION.test(w.value ?? ""))
  );
}

export default defineRule({
  meta: {
    name: "apt-get-install-recommends",
    category: "size",
    severity: "info",
    description: "apt-get install without --no-install-recommends installs recommended packages too",
    sources: [
      { tool: "hadolint", id: "DL3015" },
      { tool: "trivy", id: "DS-0029" },
    ],
    fix: { availability: "always", safety: "unsafe" },
    messages: {
      recommends: "Avoid additional packages by specifying `--no-install-recommends`",
    },
    runCommands: ["apt-get"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "apt-get" || p.subcommand?.value !== "install" || disablesRecommends(p)) continue;
          ctx.report({
            range: headRange(p),
            messageId: "recommends",
            fix: {
              safety: "unsafe",
              title: "Add --no-install-recommends",
              edits: [insertAfterSubcommand(p, "--no-install-recommends")],
            },
          });
        }
      },
    };
  },
});
