import { describe, expect, it } from "vitest";
import { sonarqube, textRange } from "./sonarqube.js";
import { finding, plainOptions } from "./test-fixtures.js";
import type { FileResult } from "./types.js";

const options = plainOptions;

const parse = (text: string) => JSON.parse(text) as { issues: Record<string, unknown>[] };

describe("sonarqube (hadolint's SonarQubeSpec: generic issue import format)", () => {
  it("an empty run is { issues: [] }", () => {
    expect(parse(sonarqube([], options))).toEqual({ issues: [] });
    expect(sonarqube([{ file: "/work/Dockerfile", source: "FROM a\n", findings: [] }], options)).toBe(
      '{\n  "issues": []\n}\n',
    );
  });

  it("every severity with hadolint's mapping: CRITICAL/BUG, MAJOR, MINOR, INFO (CODE_SMELL)", () => {
    const result: FileResult = {
      file: "/work/path/to/custom/Dockerfile",
      source: "FROM a\nRUN b\nRUN c\nRUN d\n",
      findings: [
        finding({ rule: "r-error", severity: "error", message: "error msg", line: 1 }),
        finding({ rule: "r-warning", severity: "warning", message: "warning msg", line: 2 }),
        finding({ rule: "r-info", severity: "info", message: "info msg", line: 3 }),
        finding({ rule: "r-style", severity: "style", message: "style msg", line: 4 }),
      ],
    };
    const issue = (ruleId: string, severity: string, type: string, message: string, line: number) => ({
      engineId: "shipshape",
      ruleId,
      severity,
      type,
      primaryLocation: {
        message,
        filePath: "path/to/custom/Dockerfile",
        textRange: { startLine: line, endLine: line, startColumn: 0, endColumn: 1 },
      },
    });
    expect(parse(sonarqube([result], options))).toEqual({
      issues: [
        issue("r-error", "CRITICAL", "BUG", "error msg", 1),
        issue("r-warning", "MAJOR", "CODE_SMELL", "warning msg", 2),
        issue("r-info", "MINOR", "CODE_SMELL", "info msg", 3),
        issue("r-style", "INFO", "CODE_SMELL", "style msg", 4),
      ],
    });
    // keys in the documented order
    expect(Object.keys(parse(sonarqube([result], options)).issues[0]!)).toEqual([
      "engineId",
      "ruleId",
      "severity",
      "type",
      "primaryLocation",
    ]);
  });

  it("security rules below error are VULNERABILITY; an unreadable file is a BLOCKER BUG without a range", () => {
    const results: FileResult[] = [
      {
        file: "/work/Dockerfile",
        source: "USER root\n",
        findings: [
          finding({
            rule: "last-user-root",
            severity: "warning",
            category: "security",
            message: "m",
            line: 1,
          }),
          finding({
            rule: "secret",
            severity: "error",
            category: "security",
            message: "n",
            line: 1,
            column: 2,
          }),
        ],
      },
      { file: "/elsewhere/Dockerfile", source: "", findings: [], error: "cannot read: EACCES" },
    ];
    const { issues } = parse(sonarqube(results, options));
    expect(issues.map((i) => [i.ruleId, i.severity, i.type])).toEqual([
      ["fatal", "BLOCKER", "BUG"],
      ["last-user-root", "MAJOR", "VULNERABILITY"],
      ["secret", "CRITICAL", "BUG"],
    ]);
    expect(issues[0]!.primaryLocation).toEqual({
      message: "cannot read: EACCES",
      filePath: "/elsewhere/Dockerfile",
    });
  });

  it("exact ranges as 0-based offsets with an exclusive end, multi-line included", () => {
    const lines = ["FROM alpine:latest", "RUN apt-get update && \\", "\tapt-get install -y curl"];
    expect(textRange(lines, { line: 1, column: 6, endLine: 1, endColumn: 19 })).toEqual({
      startLine: 1,
      endLine: 1,
      startColumn: 5,
      endColumn: 18,
    });
    expect(textRange(lines, { line: 2, column: 5, endLine: 3, endColumn: 25 })).toEqual({
      startLine: 2,
      endLine: 3,
      startColumn: 4,
      endColumn: 24,
    });
  });

  it("never an empty range or an offset past the line (SonarQube rejects the report)", () => {
    const lines = ["FROM a", "", "RUN x"];
    // zero-width in the line: covers the character there
    expect(textRange(lines, { line: 1, column: 3, endLine: 1, endColumn: 3 })).toEqual({
      startLine: 1,
      endLine: 1,
      startColumn: 2,
      endColumn: 3,
    });
    // at or past the end of the line: the last character
    expect(textRange(lines, { line: 1, column: 7, endLine: 1, endColumn: 9 })).toEqual({
      startLine: 1,
      endLine: 1,
      startColumn: 5,
      endColumn: 6,
    });
    // an empty line, or a line the source does not have: the whole line, no columns
    expect(textRange(lines, { line: 2, column: 1, endLine: 2, endColumn: 1 })).toEqual({
      startLine: 2,
      endLine: 2,
    });
    expect(textRange(lines, { line: 9, column: 1, endLine: 9, endColumn: 2 })).toEqual({
      startLine: 9,
      endLine: 9,
    });
    // an end beyond the last line stops at the end of the file
    expect(textRange(lines, { line: 3, column: 1, endLine: 5, endColumn: 1 })).toEqual({
      startLine: 3,
      endLine: 3,
      startColumn: 0,
      endColumn: 5,
    });
    // a CRLF file: the "\r" is not part of the line
    const crlf: FileResult = {
      file: "/work/Dockerfile",
      source: "FROM a\r\n",
      findings: [finding({ rule: "r", severity: "info", message: "m", line: 1, column: 7, endColumn: 8 })],
    };
    expect(parse(sonarqube([crlf], options)).issues[0]!.primaryLocation).toMatchObject({
      textRange: { startLine: 1, endLine: 1, startColumn: 5, endColumn: 6 },
    });
  });
});
