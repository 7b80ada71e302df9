// Loads ../shared/corpus in place (never copied).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const sharedRoot = process.env.SHIPSHAPE_SHARED ?? path.resolve(repoRoot, "../shared");

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

export function loadCorpus() {
  const files = walk(path.join(sharedRoot, "corpus/real"), []);
  const decoder = new TextDecoder("utf-8");
  const texts = files.map((f) => decoder.decode(readFileSync(f)));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  return { files, texts, bytes };
}

/** Runs fn over all texts repeatedly for at least `minMs` after a warm-up; returns seconds per pass. */
export function timePasses(texts, fn, minMs = 1500) {
  for (const t of texts) fn(t);
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || passes < 3) {
    for (const t of texts) fn(t);
    passes++;
    elapsed = performance.now() - start;
  }
  return elapsed / 1000 / passes;
}
