import type { DockerfileCst, Token } from "./cst.js";

/** The text of one token. */
export function tokenText(cst: DockerfileCst, token: Token): string {
  return cst.text.slice(token.start, token.end);
}

/** Prints a CST back to text: the concatenation of its tokens. `print(parse(x).cst) === x`. */
export function print(cst: DockerfileCst): string {
  const parts: string[] = [];
  for (const token of cst.tokens) parts.push(cst.text.slice(token.start, token.end));
  return parts.join("");
}
