import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint, resolveConfig, rules } from "../src/index.js";
import { corpusFiles, readUtf8 } from "./support/shared.js";

const config = resolveConfig(
  { preset: "all", labelSchema: { maintainer: "text", "org.opencontainers.image.url": "url" } },
  rules,
);
const run = (text: string) => lint(text, { config, buildContext: { dockerignore: null } });

describe("lint properties (all rules)", () => {
  it("never throws on the corpus; every finding lies within the file", () => {
    let count = 0;
    for (const file of corpusFiles()) {
      const text = readUtf8(file);
      for (const f of run(text).findings) {
        count++;
        expect(f.range.start).toBeGreaterThanOrEqual(0);
        expect(f.range.end).toBeLessThanOrEqual(text.length);
      }
    }
    expect(count).toBeGreaterThan(1000);
  });

  it("never throws on fuzzed Dockerfiles", () => {
    const piece = fc.constantFrom(
      "FROM node AS toString\n",
      "RUN toString constructor __proto__ && apt-get install -y x\n",
      "LABEL constructor=1 __proto__=x\n",
      "ENV hasOwnProperty=1\n",
      "ARG valueOf\n",
      "COPY --from=constructor . .\n",
      "USER root\n",
      "RUN <<EOF\nset -e\nEOF\n",
      "ONBUILD RUN pip install x\n",
      "EXPOSE 22/tcp 99999\n",
      "HEALTHCHECK CMD x\n",
      "# hadolint ignore=DL3008,toString\n",
      "# check=skip=all;error=true\n",
      "\\\n",
      "$",
      " ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        run(parts.join(""));
      }),
      { numRuns: 300 },
    );
  });
});
