import { describe, expect, it } from "vitest";
import { displayColumn, gnu } from "./gnu.js";
import { finding, plainOptions } from "./test-fixtures.js";
import type { FileResult } from "./types.js";

const options = plainOptions;

describe("gnu (hadolint's GnuSpec layout: program:file:line: CODE severity: message)", () => {
  it("prints nothing for a clean run (hadolint: empty results → empty output)", () => {
    expect(gnu([], options)).toBe("");
    expect(gnu([{ file: "/work/Dockerfile", source: "FROM a\n", findings: [] }], options)).toBe("");
  });

  it("one line per finding, in position order, with the column after the line", () => {
    // hadolint's "print multiple failed rules": DL2001 warning at line 1, DL2003 info at line 3
    const result: FileResult = {
      file: "/work/Dockerfile",
      source: "FROM a\nRUN x\nRUN y\n",
      findings: [
        finding({ rule: "rule-b", severity: "info", message: "test 2", line: 3 }),
        finding({ rule: "rule-a", severity: "warning", message: "test", line: 1 }),
      ],
    };
    expect(gnu([result], options)).toBe(
      "shipshape:Dockerfile:1:1: rule-a warning: test\nshipshape:Dockerfile:3:1: rule-b info: test 2\n",
    );
  });

  it("every severity keeps its own word (error, warning, info, style)", () => {
    const severities = ["error", "warning", "info", "style"] as const;
    const result: FileResult = {
      file: "/work/Dockerfile",
      source: "A\nB\nC\nD\n",
      findings: severities.map((severity, i) =>
        finding({ rule: `r${i}`, severity, message: `${severity} msg`, line: i + 1 }),
      ),
    };
    expect(gnu([result], options).trimEnd().split("\n")).toEqual([
      "shipshape:Dockerfile:1:1: r0 error: error msg",
      "shipshape:Dockerfile:2:1: r1 warning: warning msg",
      "shipshape:Dockerfile:3:1: r2 info: info msg",
      "shipshape:Dockerfile:4:1: r3 style: style msg",
    ]);
  });

  it("columns are GNU display columns: tab stops of 8, wide characters 2, combining marks 0", () => {
    expect(displayColumn("FROM alpine", 6)).toBe(6);
    expect(displayColumn("\tapt-get install", 2)).toBe(9);
    expect(displayColumn("  \tx", 4)).toBe(9);
    expect(displayColumn("\t\tx", 3)).toBe(17);
    expect(displayColumn('LABEL a="日本" b', 13)).toBe(15);
    expect(displayColumn("e\u0301x", 3)).toBe(2);
    expect(displayColumn("🐳 x", 4)).toBe(4); // the whale is 2 UTF-16 units and 2 columns
    expect(displayColumn("ab", 5)).toBe(5); // past the end: one column per position
    expect(displayColumn("", 1)).toBe(1);

    const result: FileResult = {
      file: "/work/Dockerfile",
      source: "FROM a\r\nRUN x && \\\r\n\tapt-get install -y curl\r\n",
      findings: [
        finding({ rule: "apt-pin-versions", severity: "warning", message: "Pin", line: 3, column: 21 }),
      ],
    };
    expect(gnu([result], options)).toBe("shipshape:Dockerfile:3:28: apt-pin-versions warning: Pin\n");
  });

  it("one line per message, no terminal escapes; paths relative to cwd; unreadable files", () => {
    const results: FileResult[] = [
      {
        file: "/work/a/Dockerfile",
        source: "USER root\n",
        findings: [
          finding({
            rule: "last-user-root",
            severity: "error",
            message: "The last USER is root.\n  Add a USER\u001b[31m instruction.",
            line: 1,
          }),
        ],
      },
      { file: "/elsewhere/Dockerfile", source: "", findings: [], error: "cannot read: EACCES" },
    ];
    expect(gnu(results, options)).toBe(
      "shipshape:/elsewhere/Dockerfile:1:1: fatal error: cannot read: EACCES\n" +
        "shipshape:a/Dockerfile:1:1: last-user-root error: The last USER is root. Add a USER\u241b[31m instruction.\n",
    );
  });
});
