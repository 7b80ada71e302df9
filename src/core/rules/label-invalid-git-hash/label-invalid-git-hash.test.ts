import { testRule } from "../../lint/rule-tester.js";
import rule from "./label-invalid-git-hash.js";

const settings = { labelSchema: { githash: "hash" } };

testRule(rule, {
  valid: [
    { code: 'LABEL githash="2dbfae9"', settings },
    { code: 'LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"', settings },
    { code: 'LABEL other="foo"', settings },
  ],
  invalid: [
    {
      code: 'LABEL githash="not-git-hash"',
      settings,
      errors: [
        {
          messageId: "invalid",
          message: /not a valid git hash/,
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 29,
        },
      ],
    },
    {
      name: "upper case and wrong lengths",
      code: "FROM alpine\nLABEL githash=2DBFAE9\nLABEL githash=2dbfae91\n",
      settings,
      errors: [
        { line: 2, column: 15, endLine: 2, endColumn: 22 },
        { line: 3, column: 15, endLine: 3, endColumn: 23 },
      ],
    },
  ],
});
