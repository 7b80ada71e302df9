import { testRule } from "../../lint/rule-tester.js";
import rule from "./image-untagged.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "FROM golang:1.9.3-alpine3.7 AS build\nONBUILD RUN foo\nFROM build as unit-test\nONBUILD RUN bar\nFROM alpine:3.7\nONBUILD RUN baz\n",
    "FROM ruby@sha256:f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1db",
    "FROM ruby:2",
    "FROM ${VALUE}",
    "FROM $IMAGE AS build",
    "FROM scratch",
    "FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz",
    // stage names are case-insensitive
    "FROM golang:1.22 AS Build\nFROM build",
    // the tag comes from a variable
    "ARG V=1.2\nFROM node:$V",
    "FROM node:${NODE_VERSION}",
    // the whole reference comes from a known variable that has a tag
    "ARG IMAGE=node:20\nFROM ${IMAGE}",
    "FROM localhost:5000/app:1.0",
    // an unknown variable may carry the tag
    "FROM docker.io/${NAME}",
  ],
  invalid: [
    {
      code: "FROM debian",
      errors: [
        {
          messageId: "untagged",
          message: "Always tag the version of an image explicitly: `debian` has no tag",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
    { code: "FROM debian AS builder", errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12 }] },
    {
      name: "other untagged cases are not ok",
      code: "FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n",
      errors: [{ line: 3, column: 6, endLine: 3, endColumn: 10 }],
      onbuild: true,
    },
    {
      name: "a stage defined later is not a stage reference",
      code: "FROM build\nFROM golang:1.22 AS build\n",
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 11 }],
    },
    { code: "FROM localhost:5000/app", errors: [{ line: 1, column: 6, endLine: 1, endColumn: 24 }] },
    {
      name: "a known variable without tag",
      code: "ARG NAME=node\nFROM docker.io/${NAME}\n",
      errors: [{ message: /`docker.io\/node`/, line: 2, column: 6, endLine: 2, endColumn: 23 }],
    },
  ],
});
