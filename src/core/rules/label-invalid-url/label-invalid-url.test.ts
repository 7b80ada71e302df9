import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { isUri } from "./label-invalid-url.js";

const settings = { labelSchema: { urllabel: "url" } };

testRule(rule, {
  valid: [
    { code: 'LABEL urllabel="http://example.com"', settings },
    { code: 'LABEL other="foo"', settings },
    { name: "no schema", code: 'LABEL urllabel="not-url"' },
    { name: "empty is label-empty's", code: 'LABEL urllabel=""', settings },
    { name: "unknown expansion", code: "FROM alpine\nARG U\nLABEL urllabel=$U", settings },
    { name: "expanded", code: "FROM alpine\nARG U=https://example.com/x?y=1#z\nLABEL urllabel=$U", settings },
  ],
  invalid: [
    {
      code: 'LABEL urllabel="not-url"',
      settings,
      errors: [
        {
          messageId: "invalid",
          message: /`urllabel` is not a valid URL/,
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 25,
        },
      ],
    },
    {
      name: "ONBUILD, type case-insensitive, later stage",
      code: "FROM alpine AS a\nFROM a\nONBUILD LABEL ok=1 urllabel=example.com\n",
      settings: { labelSchema: { urllabel: "URL" } },
      errors: [{ line: 3, column: 29, endLine: 3, endColumn: 40 }],
    },
  ],
});

describe("isUri", () => {
  it("needs a scheme and URI characters", () => {
    expect(isUri("https://github.com/o/r")).toBe(true);
    expect(isUri("mailto:a@b.c")).toBe(true);
    expect(isUri("urn:isbn:0451450523")).toBe(true);
    expect(isUri("github.com/o/r")).toBe(false);
    expect(isUri("http://a b")).toBe(false);
    expect(isUri("http://a/%zz")).toBe(false);
  });
});
