import { testRule } from "../../lint/rule-tester.js";
import rule from "./invalid-definition-description.js";

const exp = "# check=experimental=InvalidDefinitionDescription\n";

testRule(rule, {
  valid: [
    {
      name: "BuildKit: good descriptions",
      code: `${exp}# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n`,
    },
    { name: "experimental: off unless enabled", code: "# bar this is the bar\nARG foo=bar\n" },
    { name: "a blank line separates", code: `${exp}# not a description\n\nARG foo=bar\n` },
    { name: "FROM without a stage name", code: `${exp}# the base\nFROM alpine\n` },
  ],
  invalid: [
    {
      name: "BuildKit testDefinitionDescription",
      code: `${exp}# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n`,
      errors: [
        {
          message: "Comment for ARG should follow the format: `# foo <description>`",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
        },
        {
          message: "Comment for FROM should follow the format: `# base <description>`",
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 21,
        },
        {
          message: "Comment for ARG should follow the format: `# version <description>`",
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 19,
        },
        {
          message: "Comment for ARG should follow the format: `# <arg_key> <description>`",
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 29,
        },
      ],
    },
  ],
});
