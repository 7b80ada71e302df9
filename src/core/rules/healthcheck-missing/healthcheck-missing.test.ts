import { testRule } from "../../lint/rule-tester.js";
import rule from "./healthcheck-missing.js";

testRule(rule, {
  valid: [
    "FROM scratch\nHEALTHCHECK CMD /bin/bla",
    "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base",
    "FROM alpine\nHEALTHCHECK NONE\n",
    "FROM scratch\nHEALTHCHECK NONE\n",
    "FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\nHEALTHCHECK NONE\n",
    // a builder stage only copied from is not an image the file ships
    "FROM golang AS build\nRUN go build -o /app\nFROM alpine\nCOPY --from=build /app /app\nHEALTHCHECK CMD /app -health\n",
    "",
  ],
  invalid: [
    {
      code: "FROM scratch",
      errors: [{ messageId: "missing", line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      code: "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 5 }],
    },
    {
      name: "ONBUILD HEALTHCHECK is for child images",
      code: "FROM alpine\nONBUILD HEALTHCHECK CMD true\n",
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: "an inheritance chain that forks: the branch without HEALTHCHECK",
      code: "FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3.1\nFROM base2 AS base3.2\n\nFROM base3.1 AS end1\nHEALTHCHECK NONE\n\nFROM base3.2 AS end2\n",
      errors: [{ line: 9, column: 1, endLine: 9, endColumn: 5 }],
    },
    {
      name: "two final stages",
      code: "FROM alpine AS a\nHEALTHCHECK CMD true\nFROM alpine AS b\nfrom a AS c\n",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 5 }],
    },
  ],
});
