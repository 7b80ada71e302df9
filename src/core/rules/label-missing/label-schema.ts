/** Shared by the label rules: LABEL pairs with expanded keys and values, and the label-schema rules' factory. */
import { defineRule, type PresetName, type Rule, type RuleContext } from "../../lint/rule.js";
import type { InstructionInfo } from "../../semantic/model.js";
import type { Instruction, KeyValue, Word } from "../../syntax/cst.js";

export interface LabelPair {
  pair: KeyValue;
  /** the key after quote removal and expansion; null when it cannot be known */
  key: string | null;
  /** the value after quote removal and expansion; null when it cannot be known (or is missing) */
  value: string | null;
}

function expandWord(ctx: RuleContext, info: InstructionInfo, word: Word, onbuild: boolean): string | null {
  // an ONBUILD trigger expands in the child build, where variables are unknown
  if (onbuild && word.value.includes("$")) return null;
  const r = ctx.model.expand(info, word.value);
  return r.ok && !r.unknown ? r.value : null;
}

export function labelPairs(
  ctx: RuleContext,
  inst: Instruction,
  info: InstructionInfo,
  onbuild: boolean,
): LabelPair[] {
  if (inst.name !== "LABEL" || inst.args.type !== "keyValue") return [];
  return inst.args.pairs.map((pair) => ({
    pair,
    key: expandWord(ctx, info, pair.key, onbuild),
    value: pair.value ? expandWord(ctx, info, pair.value, onbuild) : null,
  }));
}

/** The schema type of a label (lower-cased; "text" when empty), or undefined when not in the schema. */
export function schemaType(schema: Readonly<Record<string, string>>, key: string): string | undefined {
  if (!Object.hasOwn(schema, key)) return undefined;
  return (schema[key] ?? "").trim().toLowerCase() || "text";
}

export interface LabelTypeRuleSpec {
  name: string;
  /** the schema type the rule checks: url, rfc3339, spdx, hash, semver, email */
  type: string;
  hadolintId: string;
  description: string;
  /** message with {{label}} and {{value}} */
  message: string;
  valid(value: string): boolean;
  presets?: PresetName[];
}

/** A rule that checks the values of the labels the label schema declares with one type. */
export function labelTypeRule(spec: LabelTypeRuleSpec): Rule {
  return defineRule({
    meta: {
      name: spec.name,
      category: "style",
      severity: "warning",
      description: spec.description,
      sources: [{ tool: "hadolint", id: spec.hadolintId }],
      messages: { invalid: spec.message },
      presets: spec.presets ?? ["recommended", "hadolint"],
    },
    create(ctx) {
      const schema = ctx.settings.labelSchema;
      if (!Object.values(schema).some((t) => t.trim().toLowerCase() === spec.type)) return {};
      return {
        LABEL(inst, info, onbuild) {
          for (const { pair, key, value } of labelPairs(ctx, inst, info, onbuild !== undefined)) {
            // empty values are label-empty's finding
            if (key === null || value === null || value === "" || !pair.value) continue;
            if (schemaType(schema, key) !== spec.type || spec.valid(value)) continue;
            ctx.report({ range: pair.value.range, messageId: "invalid", data: { label: key, value } });
          }
        },
      };
    },
  });
}
