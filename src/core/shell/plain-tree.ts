/**
 * A tree-sitter tree copied into plain objects with one TreeCursor walk. web-tree-sitter's Node
 * objects are marshalled from WASM on every property access, and walking them directly cost more
 * than parsing (measured: 250 ms vs 180 ms for the corpus's RUNs); the copy is cheap.
 */
import type { Tree } from "web-tree-sitter";

export interface Node {
  type: string;
  /** UTF-16 offsets into the parsed text */
  start: number;
  end: number;
  named: boolean;
  /** the field name in its parent, for the parents in FIELD_PARENTS only */
  field: string | null;
  children: Node[];
}

/** Deeper nodes are dropped (their text still counts through their ancestors' spans). */
export const MAX_DEPTH = 200;

/** Parents whose children's field names the analysis reads. */
const FIELD_PARENTS = new Set(["redirected_statement", "variable_assignment"]);

/** Nodes whose inside is never looked at (their text is enough). */
const OPAQUE = new Set([
  "word",
  "raw_string",
  "number",
  "simple_expansion",
  "expansion",
  "arithmetic_expansion",
  "ansi_c_string",
  "comment",
  "variable_name",
  "string_content",
  "heredoc_content",
  "heredoc_start",
  "heredoc_end",
  "special_variable_name",
  "regex",
  "extglob_pattern",
  "test_operator",
  "file_descriptor",
]);

/** Per node-type id: its name and whether it is named (one cursor call per node instead of two). */
const typeCache = new WeakMap<object, { types: string[]; named: boolean[] }>();

function typeTable(tree: Tree): { types: string[]; named: boolean[] } {
  const language = tree.language;
  let table = typeCache.get(language);
  if (!table) {
    const types = language.types.map((t) => t || "ERROR");
    const named = types.map((_, id) => language.nodeTypeIsNamed(id));
    table = { types, named };
    typeCache.set(language, table);
  }
  return table;
}

export function plainTree(tree: Tree): { root: Node; hasError: boolean } {
  const { types, named } = typeTable(tree);
  const cursor = tree.walk();
  const build = (depth: number, withField: boolean): Node => {
    const id = cursor.nodeTypeId;
    const type = types[id] ?? "ERROR";
    const node: Node = {
      type,
      start: cursor.startIndex,
      end: cursor.endIndex,
      named: named[id] ?? true,
      field: withField ? cursor.currentFieldName : null,
      children: [],
    };
    if (depth < MAX_DEPTH && !OPAQUE.has(type) && cursor.gotoFirstChild()) {
      const fields = FIELD_PARENTS.has(type);
      do node.children.push(build(depth + 1, fields));
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
    return node;
  };
  try {
    const root = build(0, false);
    // ERROR and MISSING nodes anywhere: one query instead of a check per node
    return { root, hasError: tree.rootNode.hasError };
  } finally {
    cursor.delete();
  }
}

export const field = (node: Node, name: string): Node | undefined =>
  node.children.find((c) => c.field === name);

/** `$(...)`, backticks, `<(...)`, `>(...)` anywhere inside a node, outermost first. */
export function substitutions(node: Node, out: Node[] = []): Node[] {
  if (node.type === "command_substitution" || node.type === "process_substitution") out.push(node);
  else for (const c of node.children) substitutions(c, out);
  return out;
}
