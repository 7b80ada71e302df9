import { testRule } from "../../lint/rule-tester.js";
import rule from "./instruction-before-from.js";

testRule(rule, {
  valid: [
    "FROM foo\nLABEL foo=bar",
    "ARG A=B\nFROM foo\nLABEL foo=bar",
    "# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13",
    "FROM foo\nARG A=B\nRUN echo bla",
    "# a comment\nARG A\n\nFROM foo",
    "ARG ONLY=1",
    "",
  ],
  invalid: [
    {
      code: "LABEL foo=bar\nFROM foo\n",
      errors: [
        {
          messageId: "order",
          message:
            "Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment, not LABEL",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 6,
        },
      ],
    },
    {
      name: "every instruction before the first FROM",
      code: "ARG V=1\nRUN echo hi\nenv A=b\nFROM alpine:3\nRUN true\n",
      errors: [
        { message: /not RUN$/, line: 2, column: 1, endLine: 2, endColumn: 4 },
        { message: /not ENV$/, line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      onbuild: true,
    },
    {
      name: "no FROM at all",
      code: "WORKDIR /app\n",
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 8 }],
    },
    {
      name: "ONBUILD before FROM",
      code: "ONBUILD RUN true\nFROM alpine:3\n",
      errors: [{ message: /not ONBUILD$/, line: 1, column: 1, endLine: 1, endColumn: 8 }],
    },
  ],
});
