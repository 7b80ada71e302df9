import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { levenshtein, suggest } from "./variables.js";

/** The textbook dynamic programme, the reference for the bounded version. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

describe("levenshtein", () => {
  it("is the edit distance, cut at the bound", () => {
    const word = fc.string({ unit: fc.constantFrom("A", "B", "C", "_", "1"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 10 }), (a, b, bound) => {
        expect(levenshtein(a, b)).toBe(reference(a, b));
        expect(levenshtein(a, b, bound)).toBe(a === b ? 0 : Math.min(reference(a, b), bound));
      }),
    );
  });
});

describe("suggest", () => {
  it("the closest name below 3 edits, the first on ties; none when the name exists", () => {
    expect(suggest("HOEM", ["PATH", "HOME", "HOST"], true)).toBe("HOME");
    expect(suggest("HOS", ["HOME", "HOST"], true)).toBe("HOST");
    expect(suggest("HOME", ["HOMER", "HOME"], true)).toBeUndefined();
    expect(suggest("VERSION", ["PATH", "USER"], true)).toBeUndefined();
    expect(suggest("hoem", ["HOME"], false)).toBe("home");
    expect(suggest("home", ["HOME"], false)).toBeUndefined();
  });
});
