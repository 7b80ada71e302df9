/**
 * The shell grammar: tree-sitter-bash compiled to WASM, run by web-tree-sitter. Chosen by
 * measurement: it runs unchanged in browsers and parses a typical RUN in about 0.2 ms (sh-syntax,
 * the other WASM candidate, took 12 ms). web-tree-sitter works on JS strings, so node offsets are
 * UTF-16 indices, the unit of our ranges.
 *
 * The core does no I/O: the caller passes the two WASM binaries (the CLI reads them from
 * node_modules, a browser fetches them).
 */
import { Language, Parser, type Tree } from "web-tree-sitter";

let parser: Parser | undefined;

export async function initShellParser(wasm: {
  runtime: Uint8Array | ArrayBuffer;
  bash: Uint8Array | ArrayBuffer;
}): Promise<void> {
  if (parser) return;
  await Parser.init({ wasmBinary: wasm.runtime });
  const bash = await Language.load(wasm.bash instanceof Uint8Array ? wasm.bash : new Uint8Array(wasm.bash));
  const p = new Parser();
  p.setLanguage(bash);
  parser = p;
}

export function isShellParserReady(): boolean {
  return parser !== undefined;
}

/** Parses a script; null when the parser is not initialised. */
export function parseShell(text: string): Tree | null {
  return parser ? parser.parse(text) : null;
}
