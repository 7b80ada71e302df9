import { testRule } from "../../lint/rule-tester.js";
import rule from "./stage-name-reserved.js";

testRule(rule, {
  valid: [
    "FROM foo:bar AS foobar",
    {
      name: "BuildKit testReservedStageName (no name, other name)",
      code: "\nFROM scratch\nFROM scratch AS a\n",
    },
    "FROM alpine:3 AS builder",
    "FROM scratch",
    "FROM scratch AS base",
    "FROM alpine:3 AS scratchpad",
  ],
  invalid: [
    { code: "FROM foo:bar AS scratch", errors: [{ line: 1, column: 17, endLine: 1, endColumn: 24 }] },
    { code: "FROM foo:bar AS context", errors: [{ line: 1, column: 17, endLine: 1, endColumn: 24 }] },
    {
      code: "FROM alpine:3 AS scratch\n",
      errors: [
        {
          messageId: "reserved",
          message: "`scratch` is reserved and should not be used as a stage name",
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 25,
        },
      ],
    },
    {
      code: "FROM alpine:3 AS context\nRUN true\n",
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 25 }],
      onbuild: true,
    },
    {
      name: "case-insensitive, as BuildKit",
      code: "FROM alpine:3 as Context\n",
      errors: [{ message: /^`Context` is reserved/, line: 1, column: 18, endLine: 1, endColumn: 25 }],
    },
    {
      name: "BuildKit testReservedStageName",
      code: "\nFROM scratch AS scratch\nFROM scratch AS context\n",
      errors: [
        { message: /^`scratch` is reserved/, line: 2, column: 17, endLine: 2, endColumn: 24 },
        { message: /^`context` is reserved/, line: 3, column: 17, endLine: 3, endColumn: 24 },
      ],
    },
  ],
});
