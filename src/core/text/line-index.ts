/** 1-based line and column; columns count UTF-16 code units, like editors and the LSP. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps offsets to 1-based line/column and back. Built once per text in O(n); each lookup is a
 * binary search. Lines end at "\n" (a preceding "\r" belongs to the line's content, as BuildKit
 * splits lines on "\n" only).
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  readonly length: number;

  constructor(text: string) {
    const starts = [0];
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.lineStarts = starts;
    this.length = text.length;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Position of `offset` (clamped to the text). The offset just past the end is valid. */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
  }

  /** Offset of a 1-based position, clamped to the line's extent and the text. */
  offset(position: Position): number {
    const line = Math.max(1, Math.min(position.line, this.lineStarts.length));
    const start = this.lineStarts[line - 1]!;
    const next = line < this.lineStarts.length ? this.lineStarts[line]! : this.length + 1;
    return Math.max(start, Math.min(start + position.column - 1, next - 1, this.length));
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
  }
}
