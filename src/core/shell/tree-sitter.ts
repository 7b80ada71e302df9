/**
 * The shell grammar: tree-sitter-bash compiled to WASM, run by web-tree-sitter.
 *
 * Why: it runs unchanged in browsers and in Node without native addons, and it is fast. sh-syntax
 * (mvdan/sh compiled to WASM) was measured elsewhere at 12 ms per RUN.
 *
 * Measured here (Node 20.20, web-tree-sitter 0.27.2, tree-sitter-bash 0.25.1, warm; median of
 * 2,000 runs; a shared 2-vCPU machine under load, so +-30%):
 *   - `apt-get update && apt-get install -y --no-install-recommends` + 10 packages + `rm -rf
 *     /var/lib/apt/lists/*`, 5 lines joined at their continuations (180 chars, 3 commands):
 *     parse 0.04-0.05 ms; analyzeShell 0.06 ms; analyzeShell + commandModels 0.07-0.08 ms
 *   - a 12-line RUN (set -eux, apt-get, wget, gpg, `$(...)`, `[ ] ||`, purge, chmod; 909 chars,
 *     22 commands): parse 0.12-0.17 ms; analyzeShell 0.23-0.26 ms; + commandModels 0.28-0.31 ms
 *   - every shell-form RUN of ../shared/corpus/real (2,172 RUNs from 720 files, 600 KB, naively
 *     joined at continuations; best of 15 passes): parse 0.048 ms/RUN (104 ms in all);
 *     analyzeShell 0.10 ms/RUN (about 220 ms in all, of which about 75 ms is copying the tree out of
 *     WASM); commandModels adds 0.01 ms/RUN
 *   - initShellParser (compiling both WASM modules): 50-80 ms, once per process
 *
 * web-tree-sitter parses JS strings as UTF-16, so node offsets are UTF-16 indices: the unit of our
 * ranges, correct for non-ASCII and astral characters without conversion.
 *
 * The core does no I/O: the caller passes the WASM binaries (the CLI reads them from node_modules
 * in `src/cli/shell-wasm.ts`; a browser fetches them), and web-tree-sitter gets the runtime through
 * `wasmBinary`, so it neither fetches nor reads files.
 */
import { Language, Parser, type Tree } from "web-tree-sitter";

export interface ShellWasm {
  /** `web-tree-sitter/web-tree-sitter.wasm`; when absent, `locateFile` (or web-tree-sitter's own lookup) finds it */
  runtime?: Uint8Array | ArrayBuffer;
  /** `tree-sitter-bash/tree-sitter-bash.wasm` */
  bash: Uint8Array | ArrayBuffer;
  /** where web-tree-sitter loads its runtime from when `runtime` is not given (a URL in browsers) */
  locateFile?: (file: string, scriptDirectory: string) => string;
}

let parser: Parser | undefined;
let pending: Promise<void> | undefined;

const bytes = (b: Uint8Array | ArrayBuffer): Uint8Array => (b instanceof Uint8Array ? b : new Uint8Array(b));

/** Loads the runtime and the bash grammar. Idempotent; concurrent calls share one load. */
export function initShellParser(wasm: ShellWasm): Promise<void> {
  if (parser) return Promise.resolve();
  pending ??= (async () => {
    const options: Record<string, unknown> = {};
    if (wasm.runtime) options.wasmBinary = bytes(wasm.runtime);
    if (wasm.locateFile) options.locateFile = wasm.locateFile;
    await Parser.init(options);
    const bash = await Language.load(bytes(wasm.bash));
    const p = new Parser();
    p.setLanguage(bash);
    parser = p;
  })().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

export function isShellParserReady(): boolean {
  return parser !== undefined;
}

/** Parses a script; null when the parser is not initialised (or tree-sitter gives up). The caller deletes the tree. */
export function parseShell(text: string): Tree | null {
  return parser ? parser.parse(text) : null;
}
