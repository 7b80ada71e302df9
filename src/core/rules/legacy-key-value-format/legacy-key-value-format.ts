import { defineRule } from "../../lint/rule.js";
import type { Instruction } from "../../syntax/cst.js";

const SPACE = /\s/;

/**
 * Rewrites the value of a legacy `KEY value...` pair as one word of the `KEY=value` form that
 * BuildKit expands to the same string: unchanged when it has no unquoted whitespace, else wrapped
 * in double quotes (plain values) or with each unquoted blank escaped.
 */
export function toSingleWord(value: string, esc: string): string {
  // most values have no blank at all: one native scan instead of a regex test per character
  if (!SPACE.test(value)) return value;
  let quote = "";
  let hasBlank = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote === "'") {
      if (c === "'") quote = "";
    } else if (c === esc) i++;
    else if (quote === '"') {
      if (c === '"') quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (SPACE.test(c)) hasBlank = true;
  }
  if (!hasBlank) return value;
  if (!value.includes('"') && !value.includes("'") && !value.includes(esc)) return `"${value}"`;
  let out = "";
  quote = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote === "'") {
      if (c === "'") quote = "";
    } else if (c === esc) {
      out += c + (value[i + 1] ?? "");
      i++;
      continue;
    } else if (quote === '"') {
      if (c === '"') quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (SPACE.test(c)) {
      out += esc + c;
      continue;
    }
    out += c;
  }
  return out;
}

export default defineRule({
  meta: {
    name: "legacy-key-value-format",
    category: "style",
    severity: "warning",
    description: "Legacy key/value format with whitespace separator should not be used",
    sources: [{ tool: "buildkit", id: "LegacyKeyValueFormat" }],
    fix: { availability: "sometimes", safety: "safe" },
    messages: {
      legacy: '"{{name}} key=value" should be used instead of legacy "{{name}} key value" format',
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    const check = (inst: Instruction) => {
      if (inst.args.type !== "keyValue" || !inst.args.legacy) return;
      const pair = inst.args.pairs[0];
      if (!pair?.value) return;
      const { key, value } = pair;
      const logical = inst.logical.text.slice(key.at, value.at + value.value.length);
      const source = ctx.text.slice(key.range.start, value.range.end);
      const fixable = logical === source && !/["'`\\]/.test(key.value);
      ctx.report({
        range: { start: key.range.start, end: value.range.end },
        messageId: "legacy",
        data: { name: inst.keyword },
        fix: fixable
          ? {
              safety: "safe",
              title: `Write ${key.value}=...`,
              edits: [
                {
                  range: { start: key.range.start, end: value.range.end },
                  text: `${key.value}=${toSingleWord(value.value, ctx.cst.escape)}`,
                },
              ],
            }
          : undefined,
      });
    };
    return {
      ENV(inst, _info, onbuild) {
        if (!onbuild) check(inst);
      },
      LABEL(inst, _info, onbuild) {
        if (!onbuild) check(inst);
      },
    };
  },
});
