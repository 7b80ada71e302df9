import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** ../shared beside the checkout (CI lays a copy there); SHIPSHAPE_SHARED overrides. */
export const sharedRoot = process.env.SHIPSHAPE_SHARED ?? path.resolve(repoRoot, "../shared");

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Every Dockerfile of ../shared/corpus (read in place, never copied). */
export function corpusFiles(): string[] {
  const files = walk(path.join(sharedRoot, "corpus/real"), []);
  if (files.length < 700) throw new Error(`corpus not found or incomplete under ${sharedRoot}/corpus/real`);
  return files;
}

export function readUtf8(file: string): string {
  return new TextDecoder("utf-8").decode(readFileSync(file));
}
