import { defineRule } from "../../lint/rule.js";
import type { Instruction } from "../../syntax/cst.js";

interface Previous {
  flags: string;
  commands: number;
}

export default defineRule({
  meta: {
    name: "consecutive-run-instructions",
    category: "size",
    severity: "info",
    description: "Consecutive single-command RUN instructions with the same flags could be one RUN",
    sources: [{ tool: "hadolint", id: "DL3059" }],
    messages: {
      consolidate: "Multiple consecutive `RUN` instructions: consider consolidation",
    },
    presets: ["hadolint"],
  },
  create(ctx) {
    let previous: Previous | null = null;
    const flagsOf = (inst: Instruction) =>
      inst.flags
        .map((f) => f.raw)
        .sort()
        .join(" ");
    return {
      instruction(inst, _info, onbuild) {
        // the wrapped instruction of an ONBUILD is visited after its wrapper, which already reset
        if (onbuild) return;
        if (inst.name !== "RUN") {
          previous = null;
          return;
        }
        const sh = ctx.shell(inst);
        // heredoc scripts cannot be merged by chaining
        if (!sh || inst.heredocs.length > 0) {
          previous = null;
          return;
        }
        const current = { flags: flagsOf(inst), commands: sh.commands.length };
        // RUNs that chain several commands are deliberate (hadolint)
        if (previous && previous.flags === current.flags && previous.commands <= 1 && current.commands <= 1)
          ctx.report({ range: inst.keywordRange, messageId: "consolidate" });
        previous = current;
      },
    };
  },
});
