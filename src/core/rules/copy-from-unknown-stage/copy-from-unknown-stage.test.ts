import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-from-unknown-stage.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz\n",
    "COPY --from=haskell:latest bar .",
    "FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=0 foo .\n",
    "FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .\n",
    "FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz",
    // stage names are case-insensitive
    "FROM alpine:3 AS Build\nFROM alpine:3\nCOPY --from=BUILD /a /a",
    // a stage index
    "FROM alpine:3\nRUN make\nFROM alpine:3\nCOPY --from=0 /out /out",
    // image references
    "FROM alpine:3\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /etc/",
    "FROM alpine:3\nCOPY --from=ghcr.io/org/tool /bin/tool /bin/",
    "FROM alpine:3\nCOPY --from=busybox@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb /bin/sh /bin/",
    // variables: unknown, or known to name a stage or image
    "FROM alpine:3\nCOPY --from=$BUILDER /a /a",
    "ARG BUILDER=build\nFROM alpine:3 AS build\nFROM alpine:3\nARG BUILDER\nCOPY --from=${BUILDER} /a /a",
    "FROM alpine:3\nARG TOOL=docker/buildx-bin:0.14\nCOPY --from=$TOOL /buildx /usr/libexec/docker/cli-plugins/",
    // copying from the own stage is copy-from-own-stage's business
    "FROM node:20 as foo\nCOPY --from=foo bar .",
    // inside ONBUILD the stages are the child's
    "FROM alpine:3\nONBUILD COPY --from=build /a /a",
    "FROM alpine:3\nCOPY --from /a /a",
  ],
  invalid: [
    {
      name: "stage index without an earlier stage",
      code: "COPY --from=0 bar .",
      errors: [{ messageId: "unknown", line: 1, column: 13, endLine: 1, endColumn: 14 }],
    },
    {
      code: "COPY --from=foo bar .",
      errors: [
        {
          messageId: "unknown",
          message: "COPY --from should reference a previously defined FROM alias: no stage `foo` before this",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 16,
        },
      ],
    },
    {
      name: "alias defined after",
      code: "FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz\n",
      errors: [{ messageId: "later", line: 2, column: 13, endLine: 2, endColumn: 18 }],
      onbuild: true,
    },
    {
      name: "an index not defined before",
      code: "FROM alpine:3\nCOPY --from=1 /a /a\nFROM alpine:3\n",
      errors: [{ messageId: "later", line: 2, column: 13, endLine: 2, endColumn: 14 }],
    },
    {
      name: "a typo in a stage name",
      code: "FROM golang:1.22 AS builder\nRUN go build\nFROM alpine:3\nCOPY --from=buidler /out /bin/\n",
      errors: [{ messageId: "unknown", line: 4, column: 13, endLine: 4, endColumn: 20 }],
    },
    {
      name: "a known variable",
      code: "ARG FROM_STAGE=nope\nFROM alpine:3\nARG FROM_STAGE\nCOPY --from=$FROM_STAGE /a /a\n",
      errors: [{ message: /no stage `nope`/, line: 4, column: 13, endLine: 4, endColumn: 24 }],
    },
  ],
});
