import type { PresetOptions } from "../../lint/config.js";
import { defineRule, type InstructionVisitor, type Rule } from "../../lint/rule.js";
import { goQuote } from "../undefined-var/variables.js";
import { cleanPath, type IgnorePattern, isIgnored, parseDockerignore } from "./dockerignore.js";

/** Sources that do not come from the build context (ADD only). */
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/i;

const rule = defineRule({
  meta: {
    name: "copy-ignored-file",
    category: "correctness",
    severity: "warning",
    description: "Attempting to Copy file that is excluded by .dockerignore",
    sources: [{ tool: "buildkit", id: "CopyIgnoredFile" }],
    messages: { ignored: "Attempting to {{command}} file {{file}} that is excluded by .dockerignore" },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    const text = ctx.buildContext.dockerignore;
    if (typeof text !== "string") return {};
    // `exclusions: "skip"` (--preset buildkit): like current BuildKit, no check at all when the
    // file has a `!` pattern (it deems them too hard to judge statically)
    const skipWithExclusions = ctx.options.exclusions === "skip";
    let patterns: IgnorePattern[] | undefined;
    const visit: InstructionVisitor = (inst, info, onbuild) => {
      if (onbuild || inst.args.type !== "copy") return;
      if (inst.name === "COPY" && inst.flags.some((f) => f.name === "from")) return;
      patterns ??= parseDockerignore(text);
      if (patterns.length === 0 || (skipWithExclusions && patterns.some((p) => p.exclusion))) return;
      for (const source of inst.args.sources) {
        if (source.value.startsWith("<<")) continue;
        const expanded =
          inst.args.form === "exec"
            ? { ok: true, unknown: false, value: source.value }
            : ctx.model.expand(info, source.value);
        if (!expanded.ok || expanded.unknown || expanded.value === "") continue;
        if (inst.name === "ADD" && REMOTE.test(expanded.value)) continue;
        const cleaned = cleanPath(expanded.value);
        const path = cleaned === "/" ? "/" : cleaned.replace(/^\/+/, "");
        if (!isIgnored(patterns, path)) continue;
        ctx.report({
          range: source.range,
          messageId: "ignored",
          data: { command: inst.name === "ADD" ? "Add" : "Copy", file: goQuote(cleaned) },
        });
      }
    };
    return { COPY: visit, ADD: visit };
  },
});

/** Under `--preset buildkit` a `.dockerignore` with a `!` pattern turns the check off, as in BuildKit. */
const withPresetOptions: Rule & PresetOptions = {
  ...rule,
  presetOptions: { buildkit: { exclusions: "skip" } },
};

export default withPresetOptions;
