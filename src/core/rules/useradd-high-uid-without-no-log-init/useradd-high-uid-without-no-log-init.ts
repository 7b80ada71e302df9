import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

export default defineRule({
  meta: {
    name: "useradd-high-uid-without-no-log-init",
    category: "size",
    severity: "warning",
    description:
      "useradd with a high UID and without -l (--no-log-init) makes a huge sparse /var/log/lastlog",
    sources: [{ tool: "hadolint", id: "DL3046" }],
    fix: { availability: "always", safety: "safe" },
    messages: {
      noLogInit:
        "`useradd` without `-l` and a high UID ({{uid}}) writes an excessively large /var/log/lastlog into the image",
    },
    runCommands: ["useradd"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const { user, invocation } of commandModels(sh)) {
          if (user?.tool !== "useradd" || !user.idWord) continue;
          if (user.args.flags.some((f) => f.name === "no-log-init")) continue;
          // hadolint: more than 5 characters (UIDs of 100000 and up)
          const uid = user.idWord.value ?? user.idWord.raw;
          if (uid.length <= 5) continue;
          ctx.report({
            range: user.idWord.range,
            messageId: "noLogInit",
            data: { uid },
            fix: {
              safety: "safe",
              title: "Add -l (--no-log-init)",
              edits: [
                {
                  range: { start: invocation.nameWord.range.end, end: invocation.nameWord.range.end },
                  text: " -l",
                },
              ],
            },
          });
        }
      },
    };
  },
});
