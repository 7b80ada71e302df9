import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { isSpdxExpression } from "./label-invalid-spdx.js";

const settings = { labelSchema: { spdxlabel: "spdx" } };

testRule(rule, {
  valid: [
    { code: 'LABEL spdxlabel="BSD-3-Clause"', settings },
    { code: 'LABEL spdxlabel="MIT"', settings },
    { code: 'LABEL other="fooo"', settings },
    { code: 'LABEL spdxlabel="Apache-2.0 OR MIT"', settings },
  ],
  invalid: [
    {
      code: 'LABEL spdxlabel="not-spdx"',
      settings,
      errors: [{ messageId: "invalid", message: /SPDX/, line: 1, column: 17, endLine: 1, endColumn: 27 }],
    },
    {
      code: "FROM alpine\nLABEL spdxlabel=GPLv2\n",
      settings,
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 22 }],
    },
  ],
});

describe("isSpdxExpression", () => {
  it("parses identifiers and expressions", () => {
    for (const v of [
      "mit",
      "GPL-2.0-or-later WITH Classpath-exception-2.0",
      "(MIT OR Apache-2.0) AND BSD-3-Clause",
      "LicenseRef-Proprietary",
      "LGPL-2.1+",
      "Apache-2.0 WITH LLVM-exception",
    ]) {
      expect(isSpdxExpression(v), v).toBe(true);
    }
    for (const v of ["", "MIT OR", "(MIT", "MIT AND AND ISC", "MIT WITH Foo", "Apache 2.0", "GPL"]) {
      expect(isSpdxExpression(v), v).toBe(false);
    }
  });
});
