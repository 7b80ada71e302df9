// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not templates
import { testRule } from "../../lint/rule-tester.js";
import rule from "./label-missing.js";

const settings = { labelSchema: { foo: "text" } };

testRule(rule, {
  valid: [
    { code: 'FROM baseimage\nLABEL foo="bar"', settings },
    { name: "inheritance", code: 'FROM baseimage as base\nLABEL foo="bar"\nFROM base', settings },
    { name: "no schema", code: "FROM baseimage" },
    { name: "expanded key", code: 'FROM baseimage\nARG K=foo\nLABEL ${K}="bar"', settings },
    {
      name: "a stage copied from is a build helper",
      code: "FROM golang AS build\nRUN go build\nFROM alpine\nLABEL foo=1\nCOPY --from=build /app /app\nFROM alpine\nLABEL foo=2\nRUN --mount=from=build,target=/b true\n",
      settings,
    },
  ],
  invalid: [
    {
      code: "FROM baseimage",
      settings,
      errors: [
        {
          messageId: "missing",
          message: "Label `foo` is missing",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
        },
      ],
    },
    {
      code: 'FROM baseimage\nLABEL bar="baz"',
      settings,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: "two stages, no labels",
      code: "FROM stage1\nFROM stage2\n",
      settings,
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 5 },
        { line: 2, column: 1, endLine: 2, endColumn: 5 },
      ],
    },
    {
      name: "two stages, wrong labels only",
      code: 'FROM stage1\nLABEL bar="baz"\nFROM stage2\nLABEL buzz="fuzz"\n',
      settings,
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 5 },
        { line: 3, column: 1, endLine: 3, endColumn: 5 },
      ],
    },
    {
      name: "two stages, label present in second only",
      code: 'FROM baseimage\nFROM newimage\nLABEL foo="bar"\n',
      settings,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: "two stages, no inheritance, wrong label in one",
      code: 'FROM baseimage\nLABEL baz="bar"\nFROM newimage\nLABEL foo="bar"\n',
      settings,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: "two stages, inheritance, label only defined in second stage",
      code: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"\n',
      settings,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: "one finding per missing label; ONBUILD LABEL does not count",
      code: "FROM alpine\nONBUILD LABEL foo=1\n",
      settings: { labelSchema: { foo: "text", "org.opencontainers.image.source": "url" } },
      errors: [
        { message: /`foo`/, line: 1, column: 1, endLine: 1, endColumn: 5 },
        { message: /`org.opencontainers.image.source`/, line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
    },
  ],
});
