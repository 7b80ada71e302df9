import { defineRule } from "../../lint/rule.js";
import { resolve } from "../../semantic/scope.js";
import { sourceRange } from "../../syntax/logical-line.js";

export interface VariableReference {
  name: string;
  /** span of `$NAME` or `${NAME...}` in the scanned text */
  start: number;
  end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * The variable references BuildKit expands in a word: `$NAME` and `${NAME...}` outside single
 * quotes, skipping escaped characters. Nested references in `${A:-$B}` are found too.
 */
export function variableReferences(text: string, escapeChar: string): VariableReference[] {
  const out: VariableReference[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === escapeChar) {
      i++;
      continue;
    }
    if (c === "'" && !double) {
      single = true;
      continue;
    }
    if (c === '"') {
      double = !double;
      continue;
    }
    if (c !== "$") continue;
    if (text[i + 1] === "{") {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j]!)) j++;
      if (j === i + 2) continue;
      let end = j;
      if (text[j] === "}") end = j + 1;
      else {
        // a modifier: the reference ends at the matching brace
        let depth = 1;
        for (let k = j; k < text.length; k++) {
          if (text[k] === "{") depth++;
          else if (text[k] === "}" && --depth === 0) {
            end = k + 1;
            break;
          }
        }
      }
      out.push({ name: text.slice(i + 2, j), start: i, end });
    } else if (i + 1 < text.length && NAME_START.test(text[i + 1]!)) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j]!)) j++;
      out.push({ name: text.slice(i + 1, j), start: i, end: j });
      i = j - 1;
    }
  }
  return out;
}

export default defineRule({
  meta: {
    name: "env-same-statement-reference",
    category: "correctness",
    severity: "error",
    description:
      "An ENV value refers to a variable set earlier in the same ENV instruction, which it does not see",
    sources: [{ tool: "hadolint", id: "DL3044" }],
    messages: {
      sameStatement:
        "`{{name}}` is set in this same ENV instruction: here it expands to its previous value, not the new one. Split the ENV",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    const escapeChar = ctx.cst.escape;
    return {
      ENV(inst, info) {
        if (inst.args.type !== "keyValue") return;
        const pairs = inst.args.pairs;
        const defined = new Set<string>();
        for (const pair of pairs) {
          // only a name set by an earlier pair counts, and only a `$` references it: no scan otherwise
          if (pair.value && defined.size > 0 && pair.value.value.includes("$")) {
            for (const ref of variableReferences(pair.value.value, escapeChar)) {
              // a variable known before this ENV is a deliberate use of its old value
              if (!defined.has(ref.name) || resolve(info.scope, ref.name)) continue;
              ctx.report({
                range: sourceRange(inst.logical, pair.value.at + ref.start, pair.value.at + ref.end),
                messageId: "sameStatement",
                data: { name: ref.name },
              });
            }
          }
          defined.add(pair.key.value);
        }
      },
    };
  },
});
