/** shipshape's library entry: the core, with no I/O. */

export type * from "./core/syntax/cst.js";
export { dumpBuildkit, goQuote } from "./core/syntax/dump-buildkit.js";
export { sourceRange, toSource } from "./core/syntax/logical-line.js";
export { parse } from "./core/syntax/parser.js";
export { print } from "./core/syntax/print.js";
export type { Position } from "./core/text/line-index.js";
export { LineIndex } from "./core/text/line-index.js";
export type { Range, TextEdit } from "./core/text/range.js";
