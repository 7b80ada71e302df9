/** A half-open span of UTF-16 code unit offsets into a source text: `start <= i < end`. */
export interface Range {
  start: number;
  end: number;
}

/** A replacement of `range` in a source text by `text`; an insertion has `start === end`. */
export interface TextEdit {
  range: Range;
  text: string;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
