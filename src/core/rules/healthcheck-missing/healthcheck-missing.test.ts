import { testRule } from "../../lint/rule-tester.js";
import rule from "./healthcheck-missing.js";

testRule(rule, {
  valid: [
    "FROM scratch\nHEALTHCHECK CMD /bin/bla",
    "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base",
    "FROM alpine\nHEALTHCHECK NONE\n",
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
      name: "two final stages",
      code: "FROM alpine AS a\nHEALTHCHECK CMD true\nFROM alpine AS b\nfrom a AS c\n",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 5 }],
    },
  ],
});
