/**
 * The shell syntax tree: plain objects in tree-sitter-bash's vocabulary (node types such as
 * `command`, `command_name`, `word`, `string`, `concatenation`, `list`, `pipeline`,
 * `redirected_statement`, `heredoc_redirect`), built by parser.ts and read by the analysis.
 */
export interface Node {
  type: string;
  /** UTF-16 offsets into the parsed text */
  start: number;
  end: number;
  /** false for operator and keyword tokens (`&&`, `"`, `then`) */
  named: boolean;
  /** the node's role in its parent where the analysis reads it: `name`/`value` of an assignment, `body`/`redirect` of a redirected statement */
  field: string | null;
  children: Node[];
}

/** Deeper nodes are not visited. */
export const MAX_DEPTH = 200;

export const field = (node: Node, name: string): Node | undefined =>
  node.children.find((c) => c.field === name);

/** `$(...)`, backticks, `<(...)`, `>(...)` anywhere inside a node, outermost first. */
export function substitutions(node: Node, out: Node[] = []): Node[] {
  if (node.type === "command_substitution" || node.type === "process_substitution") out.push(node);
  else {
    // a substitution always has children (its `$(`, `` ` ``, `<(` or `>(` token at least):
    // leaves are not visited, one call fewer per word on the cold path
    for (const c of node.children) if (c.children.length > 0) substitutions(c, out);
  }
  return out;
}
