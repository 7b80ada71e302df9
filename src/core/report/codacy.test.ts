import { describe, expect, it } from "vitest";
import { codacy } from "./codacy.js";
import { finding, plainOptions } from "./test-fixtures.js";
import type { FileResult } from "./types.js";

const options = plainOptions;

describe("codacy (hadolint's Codacy formatter: one {filename, patternId, message, line} per line)", () => {
  it("prints nothing for a clean run", () => {
    expect(codacy([], options)).toBe("");
    expect(codacy([{ file: "/work/Dockerfile", source: "FROM a\n", findings: [] }], options)).toBe("");
  });

  it("JSON Lines in file and position order, keys in hadolint's order, hadolint codes as patterns", () => {
    const results: FileResult[] = [
      {
        file: "/work/b/Dockerfile",
        source: "USER root\n",
        findings: [
          finding({
            rule: "last-user-root",
            severity: "error",
            message: 'The "last" USER\nis root',
            line: 1,
          }),
        ],
      },
      {
        file: "/work/Dockerfile",
        source: "FROM a:latest\nRUN b\n",
        findings: [
          finding({ rule: "apt-pin-versions", severity: "warning", message: "Pin", line: 2, column: 5 }),
          finding({
            rule: "image-tag-latest",
            aliases: ["DS-0001", "DL3007"],
            severity: "warning",
            message: "Tag",
            line: 1,
            column: 6,
          }),
        ],
      },
      { file: "/elsewhere/Dockerfile", source: "", findings: [], error: "cannot read: EACCES" },
    ];
    const out = codacy(results, options);
    expect(out).toBe(
      [
        '{"filename":"/elsewhere/Dockerfile","patternId":"fatal","message":"cannot read: EACCES","line":1}',
        '{"filename":"Dockerfile","patternId":"DL3007","message":"Tag","line":1}',
        '{"filename":"Dockerfile","patternId":"apt-pin-versions","message":"Pin","line":2}',
        '{"filename":"b/Dockerfile","patternId":"last-user-root","message":"The \\"last\\" USER\\nis root","line":1}',
        "",
      ].join("\n"),
    );
    for (const line of out.trimEnd().split("\n")) {
      expect(Object.keys(JSON.parse(line))).toEqual(["filename", "patternId", "message", "line"]);
    }
  });
});
