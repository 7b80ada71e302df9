import { testRule } from "../../lint/rule-tester.js";
import rule from "./wget-and-curl-mixed.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN wget my.xyz\nRUN wget other.xyz",
    "FROM debian\nRUN curl -fsSL my.xyz",
    "FROM debian AS a\nRUN wget my.xyz\nFROM debian\nRUN curl my.xyz",
    "FROM debian\nRUN echo wget curl",
  ],
  invalid: [
    {
      code: "FROM debian\nRUN wget my.xyz\nRUN curl localhost",
      errors: [
        { messageId: "both", message: /already uses wget/, line: 3, column: 5, endLine: 3, endColumn: 9 },
      ],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN wget my.xyz && curl localhost",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN curl a\nRUN wget b\nRUN echo\nRUN sudo curl c",
      errors: [
        { line: 3, column: 5, endLine: 3, endColumn: 9 },
        { line: 5, column: 10, endLine: 5, endColumn: 14 },
      ],
    },
  ],
});
