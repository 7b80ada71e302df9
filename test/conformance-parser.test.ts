import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dumpBuildkit, LineIndex, parse } from "../src/index.js";
import { readUtf8, sharedRoot } from "./support/shared.js";

const root = path.join(sharedRoot, "conformance/buildkit-parser");

describe("BuildKit parser fixtures: testfiles (dump must match exactly)", () => {
  const cases = readdirSync(path.join(root, "testfiles")).sort();
  it("has all 33 cases", () => expect(cases).toHaveLength(33));
  for (const name of cases) {
    it(name, () => {
      const input = readUtf8(path.join(root, "testfiles", name, "Dockerfile"));
      const expected = readFileSync(path.join(root, "testfiles", name, "result"), "utf8");
      expect(`${dumpBuildkit(input)}\n`).toBe(expected);
    });
  }
});

describe("BuildKit parser fixtures: testfiles-negative (must fail)", () => {
  const cases = readdirSync(path.join(root, "testfiles-negative")).sort();
  it("has all 4 cases", () => expect(cases).toHaveLength(4));
  for (const name of cases) {
    it(name, () => {
      const input = readUtf8(path.join(root, "testfiles-negative", name, "Dockerfile"));
      expect(dumpBuildkit(input)).toBeNull();
      const { diagnostics } = parse(input);
      expect(diagnostics.some((d) => d.phase === "parse" && d.severity === "error")).toBe(true);
    });
  }
});

describe("BuildKit parser fixtures: testfile-line", () => {
  it("instruction line spans", () => {
    const input = readUtf8(path.join(root, "testfile-line/Dockerfile"));
    const { cst } = parse(input);
    const index = new LineIndex(input);
    const spans = cst.instructions.map((i) => [
      index.position(i.range.start).line,
      index.position(i.range.end).line,
    ]);
    expect(spans).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
  });
});
