import { defineRule, type InstructionVisitor } from "../../lint/rule.js";
import { goQuote } from "../undefined-var/variables.js";
import { cleanPath, type IgnorePattern, isIgnored, parseDockerignore } from "./dockerignore.js";

/** Sources that do not come from the build context (ADD only). */
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/i;

export default defineRule({
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
    let patterns: IgnorePattern[] | undefined;
    const visit: InstructionVisitor = (inst, info, onbuild) => {
      if (onbuild || inst.args.type !== "copy") return;
      if (inst.name === "COPY" && inst.flags.some((f) => f.name === "from")) return;
      patterns ??= parseDockerignore(text);
      if (patterns.length === 0) return;
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
