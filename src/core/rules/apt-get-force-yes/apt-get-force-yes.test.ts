import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-get-force-yes.js";

testRule(rule, {
  valid: ["RUN apt-get install -y curl", "RUN echo --force-yes"],
  invalid: [
    {
      code: "RUN apt-get install --force-yes curl",
      errors: [{ messageId: "forceYes", line: 1, column: 21, endLine: 1, endColumn: 32 }],
      onbuild: true,
    },
  ],
});
