import { testRule } from "../../lint/rule-tester.js";
import rule from "./stage-name-casing.js";

testRule(rule, {
  valid: [
    "FROM scratch AS base2\n",
    "FROM scratch\n",
    "FROM scratch as base\n",
    { name: "skipped by the check directive", code: "# check=skip=StageNameCasing\nFROM scratch AS Bad\n" },
    {
      name: "skipped for the stage",
      code: "FROM alpine\n# check=skip=StageNameCasing\nFROM scratch AS Bad\n",
    },
  ],
  invalid: [
    {
      name: "BuildKit testStageName",
      code: "\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n",
      errors: [
        {
          message: "Stage name 'BadStageName' should be lowercase",
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 29,
        },
      ],
      output:
        "\n# warning: stage name should be lowercase\n#\nFROM scratch AS badstagename\n\n# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n",
    },
    {
      name: "references stay valid (BuildKit compares stage names case-insensitively)",
      code: "FROM alpine AS Builder\nFROM Builder\nCOPY --from=Builder /a /b\n",
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 23 }],
      output: "FROM alpine AS builder\nFROM Builder\nCOPY --from=Builder /a /b\n",
    },
  ],
});
