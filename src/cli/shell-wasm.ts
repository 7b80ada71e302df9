/** Loads the shell grammar's WASM binaries from node_modules and initialises the core's shell parser. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { initShellParser } from "../core/shell/tree-sitter.js";

const require = createRequire(import.meta.url);

export async function loadShellParser(): Promise<void> {
  const [runtime, bash] = await Promise.all([
    readFile(require.resolve("web-tree-sitter/web-tree-sitter.wasm")),
    readFile(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm")),
  ]);
  await initShellParser({ runtime, bash });
}
