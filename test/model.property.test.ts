import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, parse } from "../src/index.js";
import { corpusFiles, readUtf8 } from "./support/shared.js";

const corpus = corpusFiles().map(readUtf8);

function build(text: string) {
  const model = analyze(parse(text).cst);
  // touch the lazily computed parts and every expansion path
  model.neededStages();
  model.unreachableStages();
  for (const info of model.infos) {
    if (info.instruction.rest) model.expand(info, info.instruction.rest.value);
  }
  return model;
}

describe("semantic model properties", () => {
  it("builds on every corpus file without throwing", () => {
    let stages = 0;
    for (const text of corpus) stages += build(text).stages.length;
    expect(stages).toBeGreaterThan(700);
  });

  it("builds on fuzzed Dockerfile-ish input without throwing", () => {
    const piece = fc.constantFrom(
      "FROM ",
      "ARG ",
      "ENV ",
      "COPY --from=",
      "RUN --mount=type=bind,from=",
      " AS ",
      "$",
      "${",
      "}",
      ":-",
      "/",
      "a",
      "0",
      "scratch",
      "\n",
      " ",
      "=",
      '"',
      "USER ",
      "WORKDIR ",
      "..",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        build(parts.join(""));
      }),
      { numRuns: 3000 },
    );
  });

  it("builds on random mutations of corpus files", () => {
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.nat(), fc.string({ maxLength: 20 }), (i, at, insert) => {
        const t = corpus[i]!;
        const p = at % (t.length + 1);
        build(t.slice(0, p) + insert + t.slice(p));
      }),
      { numRuns: 1000 },
    );
  });
});
