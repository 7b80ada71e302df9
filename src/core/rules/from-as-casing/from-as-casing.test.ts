import { testRule } from "../../lint/rule-tester.js";
import rule from "./from-as-casing.js";

testRule(rule, {
  valid: [
    "FROM scratch AS base\n",
    "from scratch as base\n",
    { name: "mixed-case FROM is instruction-casing's finding", code: "From scratch as base\n" },
    "FROM scratch\n",
    { name: "check=skip", code: "#check=skip=FromAsCasing\nFROM scratch as base\n" },
  ],
  invalid: [
    {
      name: "BuildKit testStageName (lowercase as)",
      code: "FROM scratch AS BadStageName\n\nFROM scratch as base2\n",
      errors: [
        {
          message: "'as' and 'FROM' keywords' casing do not match",
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 16,
        },
      ],
      output: "FROM scratch AS BadStageName\n\nFROM scratch AS base2\n",
    },
    {
      name: "BuildKit testStageName (uppercase AS)",
      code: "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n",
      errors: [
        {
          message: "'AS' and 'from' keywords' casing do not match",
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 16,
        },
      ],
      output:
        "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch as base\n\nfrom scratch as base2\n",
    },
    {
      name: "BuildKit testRuleCheckOption: skipping another rule keeps this one",
      code: "#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n",
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 16 }],
      output: "#check=skip=ConsistentInstructionCasing\nFROM scratch AS base\ncopy Dockerfile .\n",
    },
  ],
});
