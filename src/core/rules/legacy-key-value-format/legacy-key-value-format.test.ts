import { testRule } from "../../lint/rule-tester.js";
import rule from "./legacy-key-value-format.js";

const msg = (n: string) => `"${n} key=value" should be used instead of legacy "${n} key value" format`;

testRule(rule, {
  valid: [
    "\nFROM scratch\nENV testkey=value\nLABEL key=value\n",
    {
      name: "BuildKit: per-instruction skip comments",
      code: "\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n# check=skip=LegacyKeyValueFormat\nLABEL key value\n",
    },
  ],
  invalid: [
    {
      name: "BuildKit testLegacyKeyValueFormat",
      code: "\nFROM scratch\nENV testkey value\nLABEL key value\n",
      errors: [
        { message: msg("ENV"), line: 3, column: 5, endLine: 3, endColumn: 18 },
        { message: msg("LABEL"), line: 4, column: 7, endLine: 4, endColumn: 16 },
      ],
      output: "\nFROM scratch\nENV testkey=value\nLABEL key=value\n",
    },
    {
      name: "unreachable stage (BuildKit reports it in the lint result)",
      code: "\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n",
      errors: [
        { line: 5, column: 5, endLine: 5, endColumn: 18 },
        { line: 6, column: 7, endLine: 6, endColumn: 16 },
      ],
      output: "\nFROM scratch AS a\n\nFROM a AS b\nENV testkey=value\nLABEL key=value\n\nFROM a AS c\n",
    },
    {
      name: "values with blanks are quoted",
      code: "FROM alpine\nENV MSG hello  world\n",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 21 }],
      output: 'FROM alpine\nENV MSG="hello  world"\n',
    },
    {
      name: "quotes in the value: blanks outside quotes are escaped",
      code: "FROM alpine\nENV MSG \"a b\" c 'd e'\n",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 22 }],
      output: "FROM alpine\nENV MSG=\"a b\"\\ c\\ 'd e'\n",
    },
    {
      name: "lowercase instruction keeps its spelling in the message",
      code: "from alpine\nenv a b\n",
      errors: [{ message: msg("env"), line: 2, column: 5, endLine: 2, endColumn: 8 }],
      output: "from alpine\nenv a=b\n",
    },
    {
      name: "a value over several lines is reported, not fixed",
      code: "FROM alpine\nENV A one \\\n  two\n",
      errors: [{ line: 2, column: 5, endLine: 3, endColumn: 6 }],
    },
  ],
});
