import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

export default defineRule({
  meta: {
    name: "password-set-with-chpasswd",
    category: "security",
    severity: "warning",
    description: "RUN sets or removes a password with chpasswd: the password ends up in the image",
    sources: [{ tool: "checkov", id: "CKV2_DOCKER_17" }],
    messages: {
      chpasswd:
        "`chpasswd` sets a password in the image: it stays readable in the build history and /etc/shadow; use key-based access or a secret at run time",
    },
    runCommands: ["chpasswd"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const { invocation } of commandModels(sh)) {
          if (invocation.name === "chpasswd")
            ctx.report({ range: invocation.nameWord.range, messageId: "chpasswd" });
        }
      },
    };
  },
});
