import { testRule } from "../../lint/rule-tester.js";
import rule from "./from-platform-constant.js";

testRule(rule, {
  valid: [
    "\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n",
    "\nFROM --platform=linux/amd64 scratch AS linux\n",
    "FROM --platform=$BUILDPLATFORM alpine\n",
    "ARG P=linux/arm64\nFROM --platform=${P} alpine\n",
    { name: "invalid platform is another problem", code: "FROM --platform=linux//x alpine\n" },
    { name: "aarch64 is arm64", code: "FROM --platform=linux/aarch64 alpine AS build-arm64\n" },
  ],
  invalid: [
    {
      name: "BuildKit testFromPlatformFlagConstDisallowed",
      code: "\nFROM --platform=linux/amd64 scratch\n",
      errors: [
        {
          message: 'FROM --platform flag should not use constant value "linux/amd64"',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 28,
        },
      ],
    },
    {
      name: "stage name unrelated to the platform",
      code: "FROM --platform=linux/arm64/v8 alpine AS builder\n",
      errors: [{ message: /"linux\/arm64\/v8"/, line: 1, column: 17, endLine: 1, endColumn: 31 }],
    },
  ],
});
