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
  const map = logical.map;
  if (to <= from) {
    const start = toSource(logical, from);
    return { start, end: start };
  }
  if (map.length === 0) return { start: toSource(logical, from), end: toSource(logical, to - 1) + 1 };
  // toSource's scan written out for both ends, in one pass from the end (`from` is in the piece of
  // `to - 1` or an earlier one): one call instead of three on the cold path
  const last = to - 1;
  let i = map.length - 3;
  while (i > 0 && last < map[i]!) i -= 3;
  const end = (last >= map[i]! ? map[i + 1]! + last - map[i]! : map[1]!) + 1;
  while (i > 0 && from < map[i]!) i -= 3;
  const start = from >= map[i]! ? map[i + 1]! + from - map[i]! : map[1]!;
  return { start, end };
}
