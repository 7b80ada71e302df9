// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not templates
import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { variableReferences } from "./env-same-statement-reference.js";

testRule(rule, {
  valid: [
    'ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"',
    'ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"',
    'ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"',
    'ENV BLA="blubb" BLUBB="$FOOBLA/blubb"',
    'ENV BLA="blubb" BLUBB="$BLAFOO/blubb"',
    'ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"',
    "FROM alpine\nARG BLA\nENV BLA=${BLA}",
    "FROM alpine\nENV BLA blubb\nENV BLA=${BLA}",
    "ARG BLA\nENV BLA=${BLA}",
    "ENV BLA blubb\nENV BLA=${BLA}",
    "ENV PATH=/bla:${PATH}",
    "ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}",
    // single quotes and escapes do not expand
    "ENV A=1 B='$A' C=\\$A",
    // a later definition is not what the earlier value refers to
    "ENV B=$A A=1",
    "FROM alpine\nENV A=1\nENV A=2 B=$A",
  ],
  invalid: [
    {
      code: "ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}",
      errors: [
        { messageId: "sameStatement", message: /`PATH`/, line: 1, column: 35, endLine: 1, endColumn: 42 },
      ],
    },
    {
      code: 'ENV BLA="blubb" BLUBB="${BLA}/blubb"',
      errors: [{ line: 1, column: 24, endLine: 1, endColumn: 30 }],
    },
    {
      code: 'ENV BLA="blubb" BLUBB="$BLA/blubb"',
      errors: [{ line: 1, column: 24, endLine: 1, endColumn: 28 }],
    },
    {
      code: 'ENV BLA="blubb" BLUBB="$BLA"',
      errors: [{ line: 1, column: 24, endLine: 1, endColumn: 28 }],
    },
    {
      code: 'ENV BLA="blubb" BLUBB="${BLA}"',
      errors: [{ line: 1, column: 24, endLine: 1, endColumn: 30 }],
    },
    {
      code: 'ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"',
      errors: [{ line: 1, column: 24, endLine: 1, endColumn: 28 }],
    },
    {
      name: "modifier and continuation line",
      code: "FROM alpine\nENV DIR=/opt \\\n    BIN=${DIR:-/usr}/bin\n",
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 21 }],
    },
    {
      name: "a stage does not see an earlier stage's ENV",
      code: "FROM alpine AS a\nENV A=1\nFROM alpine\nENV A=2 B=$A\n",
      errors: [{ line: 4, column: 11, endLine: 4, endColumn: 13 }],
    },
    {
      name: "inside ONBUILD",
      code: "FROM alpine\nONBUILD ENV A=1 B=$A\n",
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 21 }],
    },
  ],
});

describe("variableReferences", () => {
  it("finds $NAME and ${NAME} outside single quotes", () => {
    expect(variableReferences("a$B-${C}'$D'\"$E\"\\$F${G:-$H}", "\\").map((r) => r.name)).toEqual([
      "B",
      "C",
      "E",
      "G",
      "H",
    ]);
  });
});
