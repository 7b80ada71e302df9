import { testRule } from "../../lint/rule-tester.js";
import rule from "./apk-allow-untrusted.js";

testRule(rule, {
  valid: ["RUN apk add --no-cache curl", "RUN echo --allow-untrusted"],
  invalid: [
    {
      code: "RUN apk add --allow-untrusted /tmp/pkg.apk",
      errors: [{ messageId: "untrusted", line: 1, column: 13, endLine: 1, endColumn: 30 }],
      onbuild: true,
    },
  ],
});
