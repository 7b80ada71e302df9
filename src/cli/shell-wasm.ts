// PLACEHOLDER until the tree-sitter loader lands: shell analysis is unavailable.
export async function loadShellParser(): Promise<void> {
  throw new Error("shell analysis not available");
}
