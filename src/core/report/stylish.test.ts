import { describe, expect, it } from "vitest";
import { charWidth, codeFrame } from "./stylish.js";
import type { Finding } from "./types.js";

const plain = (s: string) => s;
const at = (line: number, column: number, endLine: number, endColumn: number): Finding => ({
  rule: "r",
  aliases: [],
  severity: "warning",
  message: "m",
  category: "style",
  line,
  column,
  endLine,
  endColumn,
  range: { start: 0, end: 0 },
});
const frame = (text: string, f: Finding) => codeFrame(text.split("\n"), f, plain, plain);

describe("code frames", () => {
  it("tabs expand to stops of 4 in the line and the underline alike", () => {
    expect(frame("\tA\t\tB", at(1, 2, 1, 6))).toEqual(["    1 |     A       B", "      |     ^^^^^^^^^"]);
    expect(frame("ab\tc", at(1, 3, 1, 4))).toEqual(["    1 | ab  c", "      |   ^^"]);
  });

  it("wide characters count two columns, combining marks none, astral characters one position", () => {
    expect(frame("日本 x", at(1, 4, 1, 5))).toEqual(["    1 | 日本 x", "      |      ^"]);
    expect(frame("e\u0301 x", at(1, 4, 1, 5))).toEqual(["    1 | e\u0301 x", "      |   ^"]);
    // U+1F433 is two UTF-16 code units and two terminal columns
    expect(frame("🐳 x", at(1, 4, 1, 5))).toEqual(["    1 | 🐳 x", "      |    ^"]);
    expect(frame("a🐳b", at(1, 2, 1, 4))).toEqual(["    1 | a🐳b", "      |  ^^"]);
    expect([
      charWidth(0x41),
      charWidth(0x65e5),
      charWidth(0x301),
      charWidth(0x1f433),
      charWidth(0xff21),
    ]).toEqual([1, 2, 0, 2, 2]);
  });

  it("multi-line: first line to its end, then from the first non-blank; at most three lines", () => {
    const text = "RUN a \\\n    && b \\\n\t&& c \\\n  && d\n";
    expect(frame(text, at(1, 5, 4, 7))).toEqual([
      "    1 | RUN a \\",
      "      |     ^^^",
      "    2 |     && b \\",
      "      |     ^^^^^^",
      "    3 |     && c \\",
      "      |     ^^^^^^",
      "      | …",
    ]);
    expect(frame(text, at(2, 8, 3, 5))).toEqual([
      "    2 |     && b \\",
      "      |        ^^^",
      "    3 |     && c \\",
      "      |     ^^^",
    ]);
  });

  it("a range that stops at a line break does not reach into the next line", () => {
    expect(frame("RUN a\nRUN b\n", at(1, 1, 2, 1))).toEqual(["    1 | RUN a", "      | ^^^^^"]);
  });

  it("blank lines inside a range are shown without an underline", () => {
    expect(frame("RUN a \\\n\n  b\n", at(1, 5, 3, 4))).toEqual([
      "    1 | RUN a \\",
      "      |     ^^^",
      "    2 |",
      "    3 |   b",
      "      |   ^",
    ]);
  });

  it("empty ranges and the end of a line get one caret; past the end of the text, no frame", () => {
    expect(frame("FROM a", at(1, 3, 1, 3))).toEqual(["    1 | FROM a", "      |   ^"]);
    expect(frame("FROM a", at(1, 7, 1, 7))).toEqual(["    1 | FROM a", "      |       ^"]);
    expect(frame("FROM a", at(1, 5, 1, 99))).toEqual(["    1 | FROM a", "      |     ^^"]);
    expect(frame("FROM a", at(3, 1, 3, 2))).toEqual([]);
  });

  it("the gutter is as wide as the largest line number shown", () => {
    const text = `${"\n".repeat(9)}RUN a \\\n  b\n`;
    expect(frame(text, at(10, 1, 11, 4))).toEqual([
      "    10 | RUN a \\",
      "       | ^^^^^^^",
      "    11 |   b",
      "       |   ^",
    ]);
  });

  it("control characters and bidi overrides in the source are shown, not sent to the terminal", () => {
    expect(frame("LABEL a=\u001b[31mx\u202e", at(1, 9, 1, 15))).toEqual([
      "    1 | LABEL a=␛[31mx\ufffd",
      "      |         ^^^^^^",
    ]);
  });
});
