import { defineRule } from "../../lint/rule.js";
import { labelPairs } from "../label-missing/label-schema.js";

const RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];

/** Why a label key breaks Docker's key format recommendations, or null when it follows them. */
export function labelKeyProblem(key: string): string | null {
  for (const prefix of RESERVED)
    if (key.startsWith(prefix)) return `the namespace ${prefix} is reserved by Docker`;
  if (/[^a-z0-9.-]/.test(key)) return "use only lower-case letters, digits, `.` and `-`";
  if (!/^[a-z]/.test(key)) return "start with a lower-case letter";
  if (!/[a-z0-9]$/.test(key)) return "end with a lower-case letter or digit";
  if (key.includes("..") || key.includes("--")) return "do not repeat `.` or `-`";
  return null;
}

export default defineRule({
  meta: {
    name: "label-key-invalid",
    category: "style",
    severity: "style",
    description: "A label key does not follow Docker's format: lower-case reverse-DNS, no reserved namespace",
    sources: [{ tool: "hadolint", id: "DL3048" }],
    messages: {
      invalid: "Invalid label key `{{key}}`: {{reason}}",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      LABEL(inst, info, onbuild) {
        for (const { pair, key } of labelPairs(ctx, inst, info, onbuild !== undefined)) {
          if (key === null) continue;
          const reason = labelKeyProblem(key);
          if (reason) ctx.report({ range: pair.key.range, messageId: "invalid", data: { key, reason } });
        }
      },
    };
  },
});
