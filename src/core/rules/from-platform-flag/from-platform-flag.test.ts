import { testRule } from "../../lint/rule-tester.js";
import rule from "./from-platform-flag.js";

testRule(rule, {
  valid: ["FROM debian:jessie", "FROM --platform= debian:jessie", "FROM debian:12 AS build\nFROM build"],
  invalid: [
    {
      code: "FROM --platform=linux debian:jessie",
      errors: [{ messageId: "platform", line: 1, column: 6, endLine: 1, endColumn: 22 }],
    },
    {
      code: "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build\n",
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 31 }],
      onbuild: true,
    },
  ],
});
