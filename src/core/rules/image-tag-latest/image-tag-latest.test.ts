import { testRule } from "../../lint/rule-tester.js";
import rule from "./image-tag-latest.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb",
    "FROM debian:jessie",
    "FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb",
    "FROM debian:jessie AS builder",
    // untagged images are image-untagged's business
    "FROM debian",
    "FROM scratch",
    // pinned by digest
    "FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb",
    // a stage reference
    "FROM debian:12 AS base\nFROM base",
    "FROM debian:${TAG}",
    "ARG TAG=12\nFROM debian:${TAG}",
  ],
  invalid: [
    {
      code: "FROM debian:latest",
      errors: [
        {
          messageId: "latest",
          message: /pin `debian` to a release tag/,
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 19,
        },
      ],
    },
    { code: "FROM debian:latest AS builder", errors: [{ line: 1, column: 13, endLine: 1, endColumn: 19 }] },
    {
      code: "FROM --platform=linux/amd64 ghcr.io/org/app:latest AS app\nRUN true\n",
      errors: [{ line: 1, column: 45, endLine: 1, endColumn: 51 }],
      onbuild: true,
    },
    {
      name: "the tag comes from a known variable: points at the variable",
      code: "ARG TAG=latest\nFROM debian:${TAG}\n",
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 19 }],
    },
    {
      name: "the whole reference comes from a known variable: points at the image",
      code: "ARG IMAGE=node:latest\nFROM $IMAGE\n",
      errors: [{ message: /pin `node`/, line: 2, column: 6, endLine: 2, endColumn: 12 }],
    },
    {
      name: "every stage",
      code: "FROM node:latest AS build\nFROM nginx:latest\n",
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 17 },
        { line: 2, column: 12, endLine: 2, endColumn: 18 },
      ],
    },
  ],
});
