import { defineRule } from "../../lint/rule.js";
import { runModels } from "../package-commands.js";

const RPM_MANAGERS = new Set(["yum", "dnf", "microdnf", "tdnf"]);
const SETOPT = /^([\w.-]+\.)?gpgcheck=(0|false|no|off)$/i;

export default defineRule({
  meta: {
    name: "gpg-check-disabled",
    category: "security",
    severity: "warning",
    description:
      "--nogpgcheck (dnf, yum, tdnf, microdnf, rpm) installs packages without verifying their GPG signature",
    sources: [{ tool: "checkov", id: "CKV2_DOCKER_9" }],
    messages: {
      noGpgCheck:
        "Do not disable GPG signature checks (`{{flag}}`): import the repository's key with `rpm --import` instead",
    },
    runCommands: [...RPM_MANAGERS, "rpm"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const m of runModels(ctx, inst) ?? []) {
          const p = m.packages;
          if (p && RPM_MANAGERS.has(p.manager)) {
            for (const f of p.args.flags) {
              if (f.name === "nogpgcheck")
                ctx.report({ range: f.word.range, messageId: "noGpgCheck", data: { flag: f.word.raw } });
              else if (f.name === "setopt" && f.value && SETOPT.test(f.value.value ?? ""))
                ctx.report({ range: f.word.range, messageId: "noGpgCheck", data: { flag: f.word.raw } });
            }
          } else if (m.invocation.name === "rpm") {
            for (const w of m.invocation.args)
              if (w.value === "--nogpgcheck")
                ctx.report({ range: w.range, messageId: "noGpgCheck", data: { flag: w.raw } });
          }
        }
      },
    };
  },
});
