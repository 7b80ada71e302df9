import { testRule } from "../../lint/rule-tester.js";
import rule from "./rpm-signature-check-disabled.js";

testRule(rule, {
  valid: ["RUN rpm -i x.rpm", "RUN rpm --import https://example.com/key", "RUN echo --nodigest"],
  invalid: [
    {
      code: "RUN rpm -i --nosignature --nodigest x.rpm",
      errors: [
        { messageId: "noVerify", line: 1, column: 12, endLine: 1, endColumn: 25 },
        { line: 1, column: 26, endLine: 1, endColumn: 36 },
      ],
      onbuild: true,
    },
  ],
});
