import fc from "fast-check";
import { describe, it } from "vitest";
import { parse } from "../src/index.js";
import { checkInvariants } from "./support/invariants.js";
import { corpusFiles, readUtf8 } from "./support/shared.js";

const corpus = corpusFiles().map(readUtf8);
const fragments = [
  "\\",
  "\\\n",
  "`\n",
  "\n",
  "\r\n",
  " ",
  "\t",
  '"',
  "'",
  "<<EOF\n",
  "<<-'EOT' ",
  "EOF\n",
  "# escape=`\n",
  "# syntax=docker/dockerfile:1\n",
  "# check=skip=all\n",
  "#",
  "RUN ",
  "COPY <<A <<B /dst\n",
  "ONBUILD RUN <<X\n",
  "--mount=type=cache,target=/x ",
  "[",
  "]",
  '["a", "b"]',
  "=",
  "$",
  "${",
  "\u00a0",
  "\ufeff",
  "\u2028",
  "😀",
  "\0",
];

const mutation = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(...fragments) }),
  fc.record({ op: fc.constant("insert-line" as const), at: fc.nat(), text: fc.constantFrom(...fragments) }),
  fc.record({ op: fc.constant("delete-line" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.nat(40) }),
);

function mutate(text: string, ops: { op: string; at: number; text?: string; length?: number }[]): string {
  let out = text;
  for (const m of ops) {
    const at = out.length ? m.at % (out.length + 1) : 0;
    if (m.op === "insert") out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.op === "delete") out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else {
      const lines = out.split("\n");
      const i = lines.length ? m.at % lines.length : 0;
      if (m.op === "delete-line") lines.splice(i, 1);
      else lines.splice(i, 0, m.text ?? "");
      out = lines.join("\n");
    }
  }
  return out;
}

describe("parser properties", () => {
  it("random text: never throws, round-trips, ranges nest and cover the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) =>
        checkInvariants(text, parse(text)),
      ),
      { numRuns: 2000 },
    );
  });

  it("random Dockerfile-ish token soups", () => {
    const soup = fc.array(
      fc.constantFrom(...fragments, "FROM a AS b\n", "ENV a=b c\n", "HEALTHCHECK CMD x\n"),
      {
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(soup, (parts) => {
        const text = parts.join("");
        checkInvariants(text, parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("random mutations of corpus files", () => {
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.array(mutation, { minLength: 1, maxLength: 8 }), (i, ops) => {
        const text = mutate(corpus[i]!, ops);
        checkInvariants(text, parse(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("huge lines and unterminated constructs", () => {
    for (const text of [
      `RUN ${"x".repeat(70_000)}`,
      `RUN ${"é".repeat(30_000)}\n`,
      "RUN <<EOF\nno end",
      'CMD ["unterminated',
      "ENV a='unterminated",
      "\\".repeat(10_000),
      "RUN a \\\n".repeat(5_000),
    ]) {
      checkInvariants(text, parse(text));
    }
  });
});
