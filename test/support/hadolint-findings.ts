/**
 * Shared by the ported hadolint-style suites (tally's ports, hadolint's older specs): which of our
 * rules carries a DL id, that rule's findings for that id, and the instructions they flag.
 */
import type { LintFinding } from "../../src/core/lint/engine.js";
import { rules } from "../../src/core/rules/index.js";
import { parse } from "../../src/core/syntax/parser.js";

const DL_ID = /^DL\d{4}$/;

/** The rule whose sources carry hadolint's `dl`, or undefined. */
export function hadolintRule(dl: string): string | undefined {
  return rules.find((r) => r.meta.sources.some((s) => s.tool === "hadolint" && s.id === dl))?.meta.name;
}

/** The findings of rule `name` for `dl`: a rule holding several DL ids tags each finding with its own (aliases[0]). */
export function findingsFor(all: readonly LintFinding[], name: string, dl: string): LintFinding[] {
  return all.filter((f) => f.rule === name && (!DL_ID.test(f.aliases[0] ?? "") || f.aliases[0] === dl));
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * The instructions flagged, by their first line, ascending: hadolint reports a rule at most once per
 * instruction (simpleRule), where ours reports each offending command, port or package in it.
 */
export function flaggedLines(code: string, found: readonly LintFinding[]): number[] {
  const { instructions } = parse(code).cst;
  const lines = new Set<number>();
  for (const f of found) {
    const inst = instructions.find((i) => i.range.start <= f.range.start && f.range.start <= i.range.end);
    lines.add(inst ? lineOf(code, inst.range.start) : f.line);
  }
  return [...lines].sort((a, b) => a - b);
}
