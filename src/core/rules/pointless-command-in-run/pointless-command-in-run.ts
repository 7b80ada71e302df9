import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

/** Commands that need a running system or a terminal: they do nothing useful in a build step. */
const POINTLESS = new Set([
  "ssh",
  "vim",
  "shutdown",
  "service",
  "ps",
  "free",
  "top",
  "kill",
  "mount",
  "ifconfig",
]);

export default defineRule({
  meta: {
    name: "pointless-command-in-run",
    category: "correctness",
    severity: "info",
    description:
      "RUN uses a command that makes no sense in a build (ssh, vim, service, ps, kill, mount, ...)",
    sources: [{ tool: "hadolint", id: "DL3001" }],
    messages: {
      pointless:
        "`{{command}}` makes no sense in a Docker build step: it needs a running system or a terminal",
    },
    runCommands: [...POINTLESS],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const { invocation } of commandModels(sh)) {
          if (!POINTLESS.has(invocation.name)) continue;
          ctx.report({
            range: invocation.nameWord.range,
            messageId: "pointless",
            // as written: `/etc/init.d/ssh` is the ssh service's init script, not the ssh client
            data: { command: invocation.nameWord.value ?? invocation.name },
          });
        }
      },
    };
  },
});
