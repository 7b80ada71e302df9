import { expect } from "vitest";
import type { Instruction, ParseResult, Range } from "../../src/index.js";
import { print } from "../../src/index.js";

function inside(outer: Range, inner: Range, what: string): void {
  if (!(outer.start <= inner.start && inner.end <= outer.end && inner.start <= inner.end)) {
    throw new Error(`${what} ${JSON.stringify(inner)} not inside ${JSON.stringify(outer)}`);
  }
}

function ranges(inst: Instruction): [string, Range][] {
  const out: [string, Range][] = [["keyword", inst.keywordRange]];
  for (const f of inst.flags) {
    out.push(["flag", f.range], ["flag name", f.nameRange]);
    if (f.valueRange) out.push(["flag value", f.valueRange]);
    for (const o of f.options ?? []) out.push(["mount option", o.range]);
  }
  if (inst.rest) out.push(["rest", inst.rest.range]);
  const a = inst.args;
  const words = (ws: readonly ({ range: Range } | undefined)[]) => {
    for (const w of ws) if (w) out.push(["word", w.range]);
  };
  switch (a.type) {
    case "from":
      words([a.image, a.as, a.stage, ...a.extra]);
      break;
    case "copy":
      words([...a.sources, a.destination, a.json]);
      break;
    case "command":
    case "healthcheck":
      words([a.shell, a.exec, ...(a.exec?.elements ?? [])]);
      break;
    case "keyValue":
    case "arg":
      for (const p of a.type === "arg" ? a.args : a.pairs) words([p.key, p.value ?? undefined, p]);
      break;
    case "expose":
      for (const p of a.ports) words([p.word, p.port, p.protocol]);
      break;
    case "user":
      words([a.user, a.group]);
      break;
    case "single":
      words([a.value]);
      break;
    case "volume":
      words(a.paths);
      break;
    case "unknown":
      words(a.words);
      break;
    case "onbuild":
      if (a.instruction) out.push(...ranges(a.instruction));
      break;
  }
  for (const h of inst.heredocs) {
    out.push(["heredoc body", h.body]);
    if (h.marker) out.push(["heredoc marker", h.marker]);
    if (h.terminator) out.push(["heredoc terminator", h.terminator]);
  }
  return out;
}

/** Round trip, contiguous tokens covering the input, and every range nested in its instruction. */
export function checkInvariants(text: string, result: ParseResult): void {
  const { cst } = result;
  expect(print(cst)).toBe(text);
  let pos = 0;
  for (const t of cst.tokens) {
    if (t.start !== pos || t.end <= t.start) {
      throw new Error(`token gap/overlap at ${pos}: ${JSON.stringify(t)}`);
    }
    pos = t.end;
  }
  expect(pos).toBe(text.length);
  let prev = 0;
  for (const inst of cst.instructions) {
    if (inst.range.start < prev) throw new Error(`instructions overlap at ${inst.range.start}`);
    prev = inst.range.end;
    for (const [what, r] of ranges(inst)) inside(inst.range, r, what);
  }
  for (const d of result.diagnostics) inside({ start: 0, end: text.length }, d.range, "diagnostic");
}
