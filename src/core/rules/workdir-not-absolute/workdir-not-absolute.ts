import { defineRule } from "../../lint/rule.js";
import { resolveWorkdir } from "../../semantic/model.js";

/** Removes one pair of surrounding quotes (as hadolint's check does before looking at the path). */
function stripQuotes(text: string): string {
  return text.replace(/^["']+|["']+$/g, "");
}

/** `/x`, `\x`, or a Windows drive (`C:`, `C:\`, `C:/`). */
function isAbsolute(path: string): boolean {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path);
}

/** A path made only of plain characters: no quotes, variables, escapes or blanks to preserve. */
const PLAIN_PATH = /^[A-Za-z0-9._\-/+@%,~=]+$/;

export default defineRule({
  meta: {
    name: "workdir-not-absolute",
    category: "correctness",
    severity: "error",
    description: "WORKDIR is a relative path: its meaning depends on the previous working directory",
    sources: [
      { tool: "hadolint", id: "DL3000" },
      { tool: "trivy", id: "DS-0009" },
      { tool: "checkov", id: "CKV_DOCKER_10" },
    ],
    fix: { availability: "sometimes", safety: "safe" },
    messages: {
      relative: "Use an absolute WORKDIR: `{{path}}` is relative",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      WORKDIR(inst, info, onbuild) {
        const word = inst.rest;
        if (!word) return;
        const path = stripQuotes(word.value);
        if (path === "") return;
        if (path.startsWith("$")) {
          // as hadolint: a variable may hold an absolute path; flag only when its value is known
          if (onbuild) return;
          const expanded = ctx.model.expand(info, word.value);
          if (!expanded.ok || expanded.unknown || expanded.value === "" || isAbsolute(expanded.value)) return;
        } else if (isAbsolute(path)) {
          return;
        }
        // The previous directory is known (set in this Dockerfile, or scratch's "/"): the absolute
        // equivalent names the same directory.
        const previous = onbuild ? null : info.workdir.value;
        const absolute =
          previous !== null && PLAIN_PATH.test(word.value) ? resolveWorkdir(previous, word.value) : null;
        ctx.report({
          range: word.range,
          messageId: "relative",
          data: { path: word.value },
          fix:
            absolute !== null
              ? {
                  safety: "safe",
                  title: `Replace with ${absolute}`,
                  edits: [{ range: word.range, text: absolute }],
                }
              : undefined,
        });
      },
    };
  },
});
