import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-get-allow-unauthenticated.js";

testRule(rule, {
  valid: ["RUN apt-get install -y curl", "RUN echo --allow-unauthenticated"],
  invalid: [
    {
      code: "RUN apt-get install -y --allow-unauthenticated curl",
      errors: [{ messageId: "unauthenticated", line: 1, column: 24, endLine: 1, endColumn: 47 }],
      onbuild: true,
    },
    {
      code: "RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y curl",
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 51 }],
    },
  ],
});
