import { defineRule } from "../../lint/rule.js";

/** Escapes a value for a double-quoted LABEL value. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export default defineRule({
  meta: {
    name: "maintainer-deprecated",
    category: "style",
    severity: "error",
    description: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors",
    sources: [
      { tool: "hadolint", id: "DL4000" },
      { tool: "buildkit", id: "MaintainerDeprecated" },
      { tool: "trivy", id: "DS-0022" },
      { tool: "checkov", id: "CKV_DOCKER_6" },
    ],
    fix: { availability: "always", safety: "safe" },
    messages: {
      deprecated: "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors instead",
    },
    presets: ["recommended", "hadolint", "buildkit"],
  },
  create(ctx) {
    return {
      MAINTAINER(inst) {
        const value = inst.rest?.value ?? "";
        ctx.report({
          range: inst.keywordRange,
          messageId: "deprecated",
          fix: value
            ? {
                safety: "safe",
                title: "Replace with LABEL org.opencontainers.image.authors",
                edits: [
                  {
                    range: inst.range,
                    text: `LABEL org.opencontainers.image.authors=${quote(value)}`,
                  },
                ],
              }
            : undefined,
        });
      },
    };
  },
});
