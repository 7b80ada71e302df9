import { defineRule } from "../../lint/rule.js";
import { runModels } from "../package-commands.js";

const FLAGS = new Set(["--nodigest", "--nosignature", "--noverify", "--nofiledigest"]);

export default defineRule({
  meta: {
    name: "rpm-signature-check-disabled",
    category: "security",
    severity: "warning",
    description:
      "rpm --nodigest/--nosignature/--noverify/--nofiledigest installs packages without verifying them",
    sources: [{ tool: "checkov", id: "CKV2_DOCKER_10" }],
    messages: {
      noVerify:
        "Do not use `{{flag}}`: rpm then installs packages with untrusted or missing signatures or digests. Import the signing key with `rpm --import` instead",
    },
    runCommands: ["rpm"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const m of runModels(ctx, inst) ?? []) {
          if (m.invocation.name !== "rpm") continue;
          for (const w of m.invocation.args)
            if (w.value !== null && FLAGS.has(w.value))
              ctx.report({ range: w.range, messageId: "noVerify", data: { flag: w.value } });
        }
      },
    };
  },
});
