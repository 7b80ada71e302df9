import path from "node:path";
import { describe, it } from "vitest";
import { parse } from "../src/index.js";
import { checkInvariants } from "./support/invariants.js";
import { corpusFiles, readUtf8, sharedRoot } from "./support/shared.js";

describe("corpus: every real Dockerfile parses without throwing and round-trips byte for byte", () => {
  const files = corpusFiles();
  it.each(files.map((f) => [path.relative(sharedRoot, f), f]))("%s", (_name, file) => {
    const text = readUtf8(file);
    checkInvariants(text, parse(text));
  });
});
