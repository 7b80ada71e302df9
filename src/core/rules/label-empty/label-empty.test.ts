// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not templates
import { testRule } from "../../lint/rule-tester.js";
import rule from "./label-empty.js";

const settings = { labelSchema: { emptylabel: "text", version: "semver" } };

testRule(rule, {
  valid: [
    { code: 'LABEL emptylabel="foo"', settings },
    { code: 'LABEL other=""', settings },
    { name: "no schema", code: 'LABEL emptylabel=""' },
    { name: "value not known", code: "FROM alpine\nARG V\nLABEL version=$V", settings },
  ],
  invalid: [
    {
      code: 'LABEL emptylabel=""',
      settings,
      errors: [
        {
          messageId: "empty",
          message: "Label `emptylabel` is empty",
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 20,
        },
      ],
    },
    {
      name: "bare = and an empty expansion",
      code: 'FROM alpine\nARG V=""\nLABEL version= emptylabel=${V}\n',
      settings,
      errors: [
        { message: /`version`/, line: 3, column: 7, endLine: 3, endColumn: 15 },
        { message: /`emptylabel`/, line: 3, column: 27, endLine: 3, endColumn: 31 },
      ],
    },
  ],
});
