import { defineRule } from "../../lint/rule.js";

const IGNORE = /^(shipshape|hadolint)\s+(?:(global|stage)\s+)?ignore\s*=/i;
const CHECK_SKIP = /^check\s*=\s*(?:\S*;)?\s*skip\s*=/i;

export default defineRule({
  meta: {
    name: "inline-ignore-pragma",
    category: "style",
    severity: "info",
    description:
      "A comment suppresses lint findings (`# hadolint ignore=`, `# shipshape ignore=`, `# check=skip=`)",
    sources: [{ tool: "hadolint", id: "DL1001" }],
    messages: {
      pragma:
        "Please refrain from using inline ignore pragmas: fix the finding or configure the rule centrally",
    },
    presets: [],
  },
  create(ctx) {
    return {
      fileExit() {
        const instructions = ctx.cst.instructions;
        const directives = new Set(ctx.cst.directives.map((d) => d.range.start));
        let next = 0;
        for (const comment of ctx.cst.comments) {
          while (next < instructions.length && instructions[next]!.range.start < comment.range.start) next++;
          // a comment line inside a continuation belongs to the instruction: not a pragma
          const previous = instructions[next - 1];
          if (previous && previous.range.end > comment.range.start) continue;
          const text = comment.value;
          const isPragma =
            IGNORE.test(text) || (CHECK_SKIP.test(text) && !directives.has(comment.range.start));
          if (isPragma) ctx.report({ range: comment.range, messageId: "pragma" });
        }
      },
    };
  },
});
