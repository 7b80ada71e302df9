import { defineRule } from "../../lint/rule.js";
import type { Token } from "../../syntax/cst.js";
import type { Range } from "../../text/range.js";

/** The blank lines inside one instruction's continuation: [line start, content end) and the whole line. */
function blankLines(tokens: readonly Token[], range: Range): { line: Range; whole: Range }[] {
  const out: { line: Range; whole: Range }[] = [];
  // tokens are sorted: find the first token of the instruction
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  let atLineStart = false;
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= range.end && t.kind !== "newline") break;
    if (atLineStart) {
      let j = i;
      if (tokens[j]!.kind === "whitespace" && tokens[j + 1]?.kind === "newline") j++;
      const nl = tokens[j]!;
      if (nl.kind === "newline" && nl.start <= range.end) {
        out.push({ line: { start: t.start, end: nl.start }, whole: { start: t.start, end: nl.end } });
        i = j;
        continue;
      }
    }
    if (t.start >= range.end) break;
    atLineStart = t.kind === "continuation" || t.kind === "newline";
    if (t.kind === "heredoc-body") break;
  }
  return out;
}

export default defineRule({
  meta: {
    name: "empty-continuation-line",
    category: "correctness",
    severity: "warning",
    description: "Empty continuation lines will become errors in a future release",
    sources: [{ tool: "buildkit", id: "NoEmptyContinuation" }],
    fix: { availability: "always", safety: "safe" },
    messages: {
      empty: "Empty continuation line: line {{lines}} of this instruction is blank",
      emptyMany: "Empty continuation lines: lines {{lines}} of this instruction are blank",
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    return {
      fileExit() {
        for (const d of ctx.diagnostics) {
          if (d.code !== "empty-continuation") continue;
          const blanks = blankLines(ctx.cst.tokens, d.range);
          if (blanks.length === 0) continue;
          // BuildKit reports once per instruction, on the line where its continuation ends
          const endLine = ctx.lines.position(d.range.end).line;
          let start = Math.max(d.range.start, ctx.lines.lineStart(endLine));
          while (start < d.range.end && (ctx.text[start] === " " || ctx.text[start] === "\t")) start++;
          const lines = blanks.map((b) => ctx.lines.position(b.line.start).line).join(", ");
          ctx.report({
            range: { start, end: d.range.end },
            messageId: blanks.length === 1 ? "empty" : "emptyMany",
            data: { lines },
            fix: {
              safety: "safe",
              title: blanks.length === 1 ? "Delete the empty line" : "Delete the empty lines",
              edits: blanks.map((b) => ({ range: b.whole, text: "" })),
            },
          });
        }
      },
    };
  },
});
