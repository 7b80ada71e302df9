import { testRule } from "../../lint/rule-tester.js";
import rule from "./syntax-error.js";

testRule(rule, {
  valid: [
    "FROM alpine\nRUN echo hi\n",
    { name: "warnings are not errors", code: "FROM alpine\nRUN a \\\n\n b\n" },
    { name: "check=skip does not apply", code: "# check=skip=all\nFROM alpine\n" },
  ],
  invalid: [
    {
      name: "BuildKit testWarningsBeforeError: unknown instruction",
      code: "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n",
      errors: [{ message: "unknown instruction: BADCMD", line: 4, column: 1, endLine: 4, endColumn: 7 }],
    },
    {
      name: "unknown flag",
      code: "FROM alpine\nCOPY --frm=a b c\n",
      errors: [{ message: "unknown flag: --frm", line: 2, column: 8, endLine: 2, endColumn: 11 }],
    },
    {
      name: "empty file",
      code: "",
      errors: [{ message: "file with no instructions", line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: "ENV without =",
      code: "FROM alpine\nENV a=1 b\n",
      errors: [{ message: /can't find = in "b"/, line: 2, column: 9, endLine: 2, endColumn: 10 }],
    },
    {
      name: "hadolint ignore pragma applies (DL1000)",
      code: "FROM alpine\nBADCMD\n# hadolint ignore=DL1000\nFOO\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 7 }],
    },
  ],
});
