import { processWord } from "../../lex/word-lexer.js";
import { defineRule } from "../../lint/rule.js";

/** Stands for the value of TARGETPLATFORM while expanding: no real platform contains NUL. */
const TARGET = "\u0000TARGETPLATFORM\u0000";

export default defineRule({
  meta: {
    name: "from-platform-redundant",
    category: "style",
    severity: "warning",
    description: "FROM --platform=$TARGETPLATFORM is redundant: it is the default",
    sources: [
      { tool: "hadolint", id: "DL3065" },
      { tool: "buildkit", id: "RedundantTargetPlatform" },
    ],
    fix: { availability: "always", safety: "safe" },
    messages: {
      redundant:
        "Setting platform to predefined {{value}} in FROM is redundant as this is the default behavior",
    },
    presets: ["recommended", "hadolint", "buildkit"],
  },
  create(ctx) {
    return {
      FROM(inst) {
        // most FROMs have no flag: no iterator for an empty list
        if (inst.flags.length === 0) return;
        for (const flag of inst.flags) {
          if (flag.name !== "platform" || !flag.value) continue;
          // as BuildKit: the only variable used is TARGETPLATFORM and the result is its value
          const result = processWord(flag.value, (name) => (name === "TARGETPLATFORM" ? TARGET : undefined), {
            escape: ctx.cst.escape,
          });
          if (!result.ok || result.value !== TARGET || result.references.length !== 1) continue;
          let end = flag.range.end;
          while (end < ctx.text.length && (ctx.text[end] === " " || ctx.text[end] === "\t")) end++;
          ctx.report({
            range: flag.valueRange ?? flag.range,
            messageId: "redundant",
            data: { value: flag.value },
            fix: {
              safety: "safe",
              title: "Remove --platform",
              edits: [{ range: { start: flag.range.start, end }, text: "" }],
            },
          });
        }
      },
    };
  },
});
