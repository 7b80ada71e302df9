import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadShellParser, shellWasmPaths } from "../../cli/shell-wasm.js";
import { analyzeShell } from "./analyze.js";
import { initShellParser, isShellParserReady, parseShell } from "./tree-sitter.js";

const arrayBuffer = (path: string): ArrayBuffer => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe("shell parser initialisation", () => {
  it("is empty before init, then loads from ArrayBuffers once, whatever the number of callers", async () => {
    expect(isShellParserReady()).toBe(false);
    expect(parseShell("ls")).toBeNull();
    expect(analyzeShell({ text: "ls", toSource: (i) => i }).commands).toEqual([]);

    const paths = shellWasmPaths();
    const wasm = { runtime: arrayBuffer(paths.runtime), bash: arrayBuffer(paths.bash) };
    await Promise.all([initShellParser(wasm), initShellParser(wasm), loadShellParser()]);
    expect(isShellParserReady()).toBe(true);
    await initShellParser(wasm);

    const tree = parseShell("echo é && ls")!;
    try {
      expect(tree.rootNode.type).toBe("program");
      // UTF-16 offsets: `é` is one code unit
      expect(tree.rootNode.child(0)!.child(2)!.startIndex).toBe(10);
    } finally {
      tree.delete();
    }
  });

  it("the CLI loader resolves both binaries from the installed packages", () => {
    const paths = shellWasmPaths();
    expect(paths.runtime).toMatch(/node_modules[\\/]web-tree-sitter[\\/]web-tree-sitter\.wasm$/);
    expect(paths.bash).toMatch(/node_modules[\\/]tree-sitter-bash[\\/]tree-sitter-bash\.wasm$/);
  });
});
