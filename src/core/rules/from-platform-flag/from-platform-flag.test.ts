import { testRule } from "../../lint/rule-tester.js";
import rule from "./from-platform-flag.js";

testRule(rule, {
  valid: [
    "FROM debian:jessie",
    "FROM --platform= debian:jessie",
    "FROM debian:12 AS build\nFROM build",
    // hadolint DL3029Spec: the build's own platform variables are allowed
    "FROM --platform=$BUILDPLATFORM debian:jessie",
    'FROM --platform="$BUILDPLATFORM" debian:jessie',
    "FROM --platform=${BUILDPLATFORM} debian:jessie",
    "FROM --platform=${BUILDPLATFORM:-} debian:jessie",
    'FROM --platform="${BUILDPLATFORM:-}" debian:jessie',
    "FROM --platform=$TARGETPLATFORM debian:jessie",
    'FROM --platform="${TARGETPLATFORM:-linux/amd64}" busybox:1.36',
    "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build\n",
  ],
  invalid: [
    {
      code: "FROM --platform=linux debian:jessie",
      errors: [{ messageId: "platform", line: 1, column: 6, endLine: 1, endColumn: 22 }],
    },
    {
      code: "FROM --platform=linux/amd64 golang:1.22 AS build\nRUN go build\n",
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 28 }],
      onbuild: true,
    },
    {
      name: "a variable other than BUILDPLATFORM/TARGETPLATFORM is still a fixed choice",
      code: "ARG ARCH=linux/arm64\nFROM --platform=$ARCH debian:jessie",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 22 }],
    },
  ],
});
