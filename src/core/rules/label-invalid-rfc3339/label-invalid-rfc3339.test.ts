// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not templates
import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { isRfc3339 } from "./label-invalid-rfc3339.js";

const settings = { labelSchema: { datelabel: "rfc3339" } };

testRule(rule, {
  valid: [
    { code: 'LABEL datelabel="2021-03-10T10:26:33.564595127+01:00"', settings },
    { code: 'LABEL other="doo"', settings },
    { code: "FROM alpine\nARG BUILD_DATE\nLABEL datelabel=${BUILD_DATE}", settings },
  ],
  invalid: [
    {
      code: 'LABEL datelabel="not-date"',
      settings,
      errors: [{ messageId: "invalid", message: /RFC3339/, line: 1, column: 17, endLine: 1, endColumn: 27 }],
    },
    {
      code: "FROM alpine\nLABEL datelabel=2021-02-30T00:00:00Z\n",
      settings,
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 37 }],
    },
  ],
});

describe("isRfc3339", () => {
  it("checks the format and the ranges", () => {
    expect(isRfc3339("2024-02-29T23:59:60Z")).toBe(true);
    expect(isRfc3339("1985-04-12t23:20:50.52z")).toBe(true);
    expect(isRfc3339("2023-02-29T00:00:00Z")).toBe(false);
    expect(isRfc3339("2021-03-10")).toBe(false);
    expect(isRfc3339("2021-03-10T10:26:33")).toBe(false);
    expect(isRfc3339("2021-13-10T10:26:33Z")).toBe(false);
  });
});
