import { testRule } from "../../lint/rule-tester.js";
import rule from "./stage-name-duplicate.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz\n",
    {
      name: "BuildKit testDuplicateStageName (distinct names)",
      code: "\nFROM scratch AS b1\nFROM scratch AS b2\n",
    },

    "FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz",
    "FROM node:20\nFROM node:20",
    "FROM node:20 AS a\nFROM a AS b\nFROM b",
  ],
  invalid: [
    {
      code: "FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something\n",
      errors: [
        {
          messageId: "duplicate",
          message: "Duplicate stage name `foo` (first defined on line 1): stage names must be unique",
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
        },
      ],
      onbuild: true,
    },
    {
      name: "names are case-insensitive; every repetition is reported",
      code: "FROM node:20 AS Build\nFROM node:20 AS build\nFROM node:20 AS BUILD\n",
      errors: [
        { message: /`build` \(first defined on line 1\)/, line: 2, column: 17, endLine: 2, endColumn: 22 },
        { message: /`BUILD` \(first defined on line 1\)/, line: 3, column: 17, endLine: 3, endColumn: 22 },
      ],
    },
    {
      name: "BuildKit testDuplicateStageName",
      code: "\nFROM scratch AS b\nFROM scratch AS b\n",
      errors: [{ message: /^Duplicate stage name `b`/, line: 3, column: 17, endLine: 3, endColumn: 18 }],
    },
  ],
});
