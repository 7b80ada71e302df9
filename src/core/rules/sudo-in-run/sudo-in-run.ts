import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Word } from "../../shell/types.js";

/** `sudo` or a path to it (`baseName(value) === "sudo"`, without that call for every command). */
const isSudo = (w: Word | undefined) => w?.value === "sudo" || w?.value?.endsWith("/sudo") === true;

export default defineRule({
  meta: {
    name: "sudo-in-run",
    category: "security",
    severity: "error",
    description: "RUN uses sudo: it is unpredictable in builds; use USER, or gosu at run time",
    sources: [
      { tool: "hadolint", id: "DL3004" },
      { tool: "trivy", id: "DS-0010" },
      { tool: "checkov", id: "CKV2_DOCKER_1" },
    ],
    messages: {
      sudo: "Do not use sudo: it leads to unpredictable behaviour (TTY, environment, PAM); switch users with USER, or gosu at run time",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        const models = commandModels(sh);
        let next = 0;
        for (let i = 0; i < sh.commands.length; i++) {
          const command = sh.commands[i]!;
          // its invocation: the models are in command order and skip only commands without one
          const inv = models[next]?.index === i ? models[next++]!.invocation : undefined;
          // the sudo word among the wrappers (`env sudo x`, `sudo -E x`), or a bare `sudo`
          let word: Word | undefined;
          if (inv?.wrappers.includes("sudo"))
            word = command.argv.slice(0, command.argv.indexOf(inv.nameWord)).find(isSudo);
          else if (isSudo(command.argv[0])) word = command.argv[0];
          if (word) ctx.report({ range: word.range, messageId: "sudo" });
        }
      },
    };
  },
});
