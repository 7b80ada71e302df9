import { testRule } from "../../lint/rule-tester.js";
import rule from "./inline-ignore-pragma.js";

testRule(rule, {
  valid: [
    "# hadolint shell=powershell\nRUN foo bar\n",
    "# foobar\nRUN foo bar\n",
    "FROM debian\nRUN foo bar\n",
    // BuildKit's parser directive configures the whole build: not an inline pragma
    "# check=skip=JSONArgsRecommended\nFROM debian\nCMD foo\n",
    // a comment line inside a continuation
    "FROM debian\nRUN a \\\n# hadolint ignore=DL3008\n  b\n",
  ],
  invalid: [
    {
      code: "# hadolint ignore=DL3003\nRUN foo bar\n",
      errors: [{ messageId: "pragma", line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: "every spelling and scope",
      code: "FROM debian\n# shipshape ignore=apt-get-pin\nRUN a\n  # hadolint global ignore=DL3008\n# hadolint stage ignore=DL3011\nFROM alpine\n# check=skip=JSONArgsRecommended\nCMD foo\n",
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 31 },
        { line: 4, column: 3, endLine: 4, endColumn: 34 },
        { line: 5, column: 1, endLine: 5, endColumn: 31 },
        { line: 7, column: 1, endLine: 7, endColumn: 33 },
      ],
    },
  ],
});
