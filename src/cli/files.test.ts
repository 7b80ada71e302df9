import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findDockerfiles } from "./files.js";

describe("findDockerfiles", () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it("names the files found in a folder relative to the working directory, as path.relative does", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "shipshape-find-"));
    mkdirSync(path.join(root, "a", "b"), { recursive: true });
    writeFileSync(path.join(root, "Dockerfile"), "FROM alpine\n");
    writeFileSync(path.join(root, "a", "b", "api.Dockerfile"), "FROM alpine\n");
    const expected = (from: string) =>
      [path.join(root, "Dockerfile"), path.join(root, "a", "b", "api.Dockerfile")]
        .map((f) => path.relative(from, f))
        .sort();
    for (const [from, arg] of [
      [root, "."],
      [path.join(root, "a"), ".."],
      [path.join(root, "a", "b"), root],
      [os.tmpdir(), path.basename(root)],
      [path.parse(root).root, root],
    ] as const) {
      process.chdir(from);
      expect(findDockerfiles([arg]).sort(), `from ${from}, argument ${arg}`).toEqual(expected(from));
    }
  });
});
