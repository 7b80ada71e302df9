import { testRule } from "../../lint/rule-tester.js";
import rule from "./label-superfluous.js";

const settings = { labelSchema: { required: "text" }, strictLabels: true };

testRule(rule, {
  valid: [
    { code: "", settings },
    { code: 'LABEL required="foo"', settings },
    { code: 'FROM alpine\nLABEL "required"="foo"', settings },
    { name: "not strict", code: 'LABEL other="bar"', settings: { labelSchema: { required: "text" } } },
    { name: "key not known", code: 'FROM alpine\nLABEL $K="bar"', settings },
  ],
  invalid: [
    {
      code: 'LABEL other="bar"',
      settings,
      errors: [
        { messageId: "superfluous", message: /`other`/, line: 1, column: 7, endLine: 1, endColumn: 12 },
      ],
    },
    {
      code: 'LABEL required="foo" other="bar"',
      settings,
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 27 }],
    },
    {
      name: "ONBUILD and a later stage",
      code: "FROM alpine AS a\nLABEL required=1\nFROM a\nONBUILD LABEL extra=1\n",
      settings,
      errors: [{ line: 4, column: 15, endLine: 4, endColumn: 20 }],
    },
  ],
});
