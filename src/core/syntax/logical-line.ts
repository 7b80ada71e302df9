import type { Range } from "../text/range.js";
import type { LogicalText } from "./cst.js";

/**
 * Maps positions in an instruction's logical text back to source offsets. `map` holds triples
 * (logicalStart, sourceStart, length); `origin` is the source offset used for an empty text.
 */
export function toSource(logical: LogicalText, index: number, origin = 0): number {
  const map = logical.map;
  const n = map.length;
  if (n === 0) return origin;
  // Most instructions have one or a few pieces: a linear scan from the end is fastest.
  for (let i = n - 3; i >= 0; i -= 3) {
    const ls = map[i]!;
    if (index >= ls) {
      const offset = index - ls;
      return map[i + 1]! + offset;
    }
  }
  return map[1]!;
}

/** Source range of the logical span [from, to). An empty span maps to an empty range at `from`. */
export function sourceRange(logical: LogicalText, from: number, to: number): Range {
  const start = toSource(logical, from);
  if (to <= from) return { start, end: start };
  return { start, end: toSource(logical, to - 1) + 1 };
}
