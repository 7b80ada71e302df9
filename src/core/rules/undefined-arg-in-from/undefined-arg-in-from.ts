import { defineRule } from "../../lint/rule.js";
import { PLATFORM_ARGS } from "../../semantic/model.js";
import { visible } from "../../semantic/scope.js";
import type { Range } from "../../text/range.js";
import { expandRecording, referenceRange, suggest } from "../undefined-var/variables.js";

/** Arguments BuildKit defines for FROM without a declaration (besides the platform ones). */
const PREDEFINED = ["TARGETSTAGE"];

export default defineRule({
  meta: {
    name: "undefined-arg-in-from",
    category: "correctness",
    severity: "warning",
    description: "FROM command must use declared ARGs",
    sources: [{ tool: "buildkit", id: "UndefinedArgInFrom" }],
    messages: {
      undeclared: "FROM argument '{{name}}' is not declared",
      undeclaredSuggest: "FROM argument '{{name}}' is not declared (did you mean {{suggestion}}?)",
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    const escapeChar = ctx.cst.escape;
    /** the names a FROM may reference (the same for every FROM of the file: built on the first use) */
    let keys: Set<string> | undefined;
    return {
      FROM(inst, _info, onbuild) {
        if (onbuild || inst.args.type !== "from") return;
        const platform = inst.flags.find((f) => f.name === "platform");
        const image = inst.args.image;
        // a reference needs a `$`: most FROMs have none
        if (!platform?.value?.includes("$") && !image?.value.includes("$")) return;
        if (!keys) {
          keys = new Set<string>([...PLATFORM_ARGS, ...PREDEFINED]);
          for (const b of visible(ctx.model.globalScope)) keys.add(b.name);
        }
        const known = keys;
        const lookup = (name: string) => (known.has(name) ? null : undefined);
        const check = (text: string, range: Range) => {
          const r = expandRecording(text, lookup, escapeChar);
          for (const name of r.unmatched) {
            const suggestion = suggest(name, known, true);
            ctx.report({
              range: referenceRange(ctx.text, range, name),
              messageId: suggestion ? "undeclaredSuggest" : "undeclared",
              data: { name, suggestion: suggestion ?? "" },
            });
          }
        };
        if (platform?.value) check(platform.value, platform.valueRange ?? platform.range);
        if (image) check(image.value, image.range);
      },
    };
  },
});
