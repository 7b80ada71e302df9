import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-instead-of-apt-get.js";

testRule(rule, {
  valid: ["FROM ubuntu\nRUN apt-get install python", "RUN apt-cache policy curl", "RUN echo apt"],
  invalid: [
    {
      code: "FROM ubuntu\nRUN apt install python\n",
      errors: [{ messageId: "apt", line: 2, column: 5, endLine: 2, endColumn: 8 }],
      output: "FROM ubuntu\nRUN apt-get install python\n",
      onbuild: true,
    },
    {
      name: "no apt-get equivalent: no fix",
      code: "RUN apt update && apt list --installed",
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 8 },
        { line: 1, column: 19, endLine: 1, endColumn: 22 },
      ],
      output: "RUN apt-get update && apt list --installed",
    },
  ],
});
