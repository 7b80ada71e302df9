import { defineRule } from "../../lint/rule.js";

/**
 * ShellCheck's findings inside RUN bodies, each at its exact line and column in the Dockerfile.
 * The CLI runs the `shellcheck` executable (when it is on PATH) on the scripts from
 * `shellcheckScripts` and hands the findings in; this rule reports them under their SC codes.
 */
export default defineRule({
  meta: {
    name: "shellcheck",
    category: "correctness",
    severity: "warning",
    description: "ShellCheck findings in RUN instructions, at their exact position",
    sources: [],
    messages: { finding: "{{message}}" },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      fileExit() {
        for (const e of ctx.external) {
          if (!/^SC\d+$/.test(e.code)) continue;
          ctx.report({
            range: e.range,
            messageId: "finding",
            data: { message: e.message },
            severity: e.severity,
            code: e.code,
          });
        }
      },
    };
  },
});
