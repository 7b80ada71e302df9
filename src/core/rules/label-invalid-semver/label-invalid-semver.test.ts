// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not templates
import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { isSemver } from "./label-invalid-semver.js";

const settings = { labelSchema: { semver: "semver" } };

testRule(rule, {
  valid: [
    { code: 'LABEL semver="1.0.0"', settings },
    { code: 'LABEL semver="2.0.1-rc1"', settings },
    { code: 'LABEL other="foo"', settings },
  ],
  invalid: [
    {
      code: 'LABEL semver="not-sem-ver"',
      settings,
      errors: [
        {
          messageId: "invalid",
          message: /semantic versioning/,
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 27,
        },
      ],
    },
    {
      code: "FROM alpine\nARG V=1.2\nLABEL semver=v${V}\n",
      settings,
      errors: [{ message: /`v1.2`/, line: 3, column: 14, endLine: 3, endColumn: 19 }],
    },
  ],
});

describe("isSemver", () => {
  it("follows SemVer 2.0.0", () => {
    for (const v of ["0.0.0", "1.2.3-alpha.1", "1.2.3+build.5", "1.0.0-0.3.7", "1.0.0-x-y-z.--"])
      expect(isSemver(v), v).toBe(true);
    for (const v of ["1.2", "01.2.3", "1.2.3-01", "v1.2.3", "1.2.3-", "1.2.3+"])
      expect(isSemver(v), v).toBe(false);
  });
});
