/**
 * Loads the shell grammar's WASM binaries and initialises the core's shell parser. The files are
 * resolved as package exports from wherever this module runs (src/cli in tests, dist/ when the
 * CLI is bundled by esbuild, node_modules/shipshape/dist when installed), never by a path
 * relative to src, so the bundle finds them in the installed dependencies.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { initShellParser, isShellParserReady } from "../core/shell/tree-sitter.js";

const require = createRequire(import.meta.url);

/** Paths of the two binaries: web-tree-sitter's runtime and tree-sitter-bash's grammar. */
export function shellWasmPaths(): { runtime: string; bash: string } {
  return {
    runtime: require.resolve("web-tree-sitter/web-tree-sitter.wasm"),
    bash: require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"),
  };
}

/** Idempotent: reads the files only the first time. */
export async function loadShellParser(): Promise<void> {
  if (isShellParserReady()) return;
  const paths = shellWasmPaths();
  const [runtime, bash] = await Promise.all([readFile(paths.runtime), readFile(paths.bash)]);
  await initShellParser({ runtime, bash });
}
