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

/**
 * Seconds per pass of fn over all texts: the fastest of several timed rounds after a warm-up, so
 * that other load on the machine inflates the figure as little as possible.
 */
export function timePasses(texts, fn, minMs = 1500) {
  for (const t of texts) fn(t);
  let best = Number.POSITIVE_INFINITY;
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < minMs || rounds < 5) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - t0);
    rounds++;
  }
  return best / 1000;
}
