import { defineRule } from "../../lint/rule.js";
import type { Instruction } from "../../syntax/cst.js";

export default defineRule({
  meta: {
    name: "instruction-casing",
    category: "style",
    severity: "warning",
    description: "All instructions should use the same casing (either upper or lower)",
    sources: [{ tool: "buildkit", id: "ConsistentInstructionCasing" }],
    fix: { availability: "always", safety: "safe" },
    messages: {
      casing: "Command '{{keyword}}' should match the case of the command majority ({{casing}})",
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    return {
      fileExit() {
        // BuildKit counts the instructions of the stages (FROM and what follows it): the ARGs
        // before the first FROM are neither counted nor checked.
        const instructions: Instruction[] = [];
        const stages = ctx.model.stages;
        for (let s = 0; s < stages.length; s++) {
          instructions.push(stages[s]!.from);
          const own = stages[s]!.instructions;
          for (let i = 0; i < own.length; i++) instructions.push(own[i]!);
        }
        // `name` is the keyword upper-cased: comparing with it spares a case conversion (a runtime
        // call) per instruction. Mixed-case keywords are counted neither way.
        let lower = 0;
        let upper = 0;
        // (indexed loops: a for-of costs an iterator and a call per instruction in cold code)
        for (let i = 0; i < instructions.length; i++) {
          const inst = instructions[i]!;
          if (!inst.known) continue;
          if (inst.keyword === inst.name) upper++;
          else if (inst.keyword === inst.keyword.toLowerCase()) lower++;
        }
        const majorityLower = lower > upper;
        for (let i = 0; i < instructions.length; i++) {
          const inst = instructions[i]!;
          if (!inst.known) continue;
          const wanted = majorityLower ? inst.keyword.toLowerCase() : inst.name;
          if (inst.keyword === wanted) continue;
          ctx.report({
            range: inst.keywordRange,
            messageId: "casing",
            data: { keyword: inst.keyword, casing: majorityLower ? "lowercase" : "uppercase" },
            fix: {
              safety: "safe",
              title: `Write ${wanted}`,
              edits: [{ range: inst.keywordRange, text: wanted }],
            },
          });
        }
      },
    };
  },
});
