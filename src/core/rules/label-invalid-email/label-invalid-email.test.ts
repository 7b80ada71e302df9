import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { isEmail } from "./label-invalid-email.js";

const settings = { labelSchema: { maintainer: "email" } };

testRule(rule, {
  valid: [
    { code: 'LABEL maintainer="abcd@google.com"', settings },
    { code: 'LABEL other="doo"', settings },
  ],
  invalid: [
    {
      code: 'LABEL maintainer="not-email"',
      settings,
      errors: [{ messageId: "invalid", message: /RFC5322/, line: 1, column: 18, endLine: 1, endColumn: 29 }],
    },
    {
      name: "a display name is not an addr-spec",
      code: 'FROM alpine\nLABEL maintainer="Jane <jane@example.com>"\n',
      settings,
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 43 }],
    },
  ],
});

describe("isEmail", () => {
  it("accepts RFC 5322 addr-specs", () => {
    for (const v of ["a@b", "first.last+tag@example.co.uk", '"john doe"@example.com', "x@[192.168.0.1]"])
      expect(isEmail(v), v).toBe(true);
    for (const v of ["a", "a@", "@b", "a..b@c", "a@b..c", ".a@b", "a b@c"]) expect(isEmail(v), v).toBe(false);
  });
});
