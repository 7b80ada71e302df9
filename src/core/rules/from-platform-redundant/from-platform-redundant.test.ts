import { testRule } from "../../lint/rule-tester.js";
import rule from "./from-platform-redundant.js";

testRule(rule, {
  valid: [
    "FROM alpine:3.24",
    "FROM --platform=$FOOBAR alpine:3.24",
    "FROM --platform=foobar alpine:3.24",
    "FROM --platform=foobar/arm64 alpine:3.24",
    "FROM --platform=$BUILDPLATFORM golang:1.22",
    "FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.24",
    "FROM --platform=$TARGETPLATFORM-x alpine:3.24",
  ],
  invalid: [
    {
      code: "FROM --platform=$TARGETPLATFORM alpine:3.24",
      errors: [
        {
          messageId: "redundant",
          message:
            "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 32,
        },
      ],
      output: "FROM alpine:3.24",
    },
    {
      code: "FROM --platform=${TARGETPLATFORM} alpine:3.24 AS app\nRUN true\n",
      errors: [{ line: 1, column: 17, endLine: 1, endColumn: 34 }],
      output: "FROM alpine:3.24 AS app\nRUN true\n",
      onbuild: true,
    },
    {
      name: "quoted",
      code: 'FROM --platform="$TARGETPLATFORM" alpine:3.24\n',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 33 }],
      output: "FROM alpine:3.24\n",
    },
    {
      name: "BuildKit testRedundantTargetPlatform ($TARGETPLATFORM)",
      code: "\nFROM --platform=$TARGETPLATFORM scratch\n",
      errors: [
        {
          message:
            "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 32,
        },
      ],
      output: "\nFROM scratch\n",
    },
    {
      name: "BuildKit testRedundantTargetPlatform (${TARGETPLATFORM})",
      code: "\nFROM --platform=${TARGETPLATFORM} scratch\n",
      errors: [
        {
          message:
            "Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior",
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 34,
        },
      ],
      output: "\nFROM scratch\n",
    },
  ],
});
