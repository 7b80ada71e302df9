import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "apk-allow-untrusted",
    category: "security",
    severity: "warning",
    description: "apk --allow-untrusted installs packages with untrusted or missing signatures",
    sources: [{ tool: "checkov", id: "CKV2_DOCKER_7" }],
    messages: {
      untrusted:
        "Do not use `--allow-untrusted`: it installs packages whose signature is missing or untrusted. Add the repository's key to /etc/apk/keys instead",
    },
    runCommands: ["apk"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "apk") continue;
          for (const f of p.args.flags)
            if (f.name === "allow-untrusted") ctx.report({ range: f.word.range, messageId: "untrusted" });
        }
      },
    };
  },
});
