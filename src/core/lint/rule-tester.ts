/**
 * The shared rule tester (used by every rule's `.test.ts`, under Vitest). Each rule states a table
 * of valid and invalid cases; invalid cases give the exact range of every finding and, for fixable
 * rules, the fixed output. The tester also checks that fixed output parses without new errors and
 * that fixing again changes nothing, and runs RUN cases wrapped in ONBUILD where asked (hadolint's
 * onBuildRuleCatches).
 */
import { describe, expect, it } from "vitest";
import { applyEdits } from "../fix/apply.js";
import type { AnalyzeOptions } from "../semantic/model.js";
import { parse } from "../syntax/parser.js";
import { type LintFinding, lint } from "./engine.js";
import type { BuildContext, FixSafety, LintSettings, Rule } from "./rule.js";

export interface ValidCase {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  settings?: Partial<LintSettings>;
  buildContext?: BuildContext;
  analyze?: AnalyzeOptions;
}

export interface ExpectedFinding {
  messageId?: string;
  message?: string | RegExp;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** text after applying the fixes up to `fixSafety` (default: the rule's own safety); omit if none */
  output?: string;
  fixSafety?: FixSafety;
  /** also expect the same number of findings with every `RUN ` line wrapped as `ONBUILD RUN ` */
  onbuild?: boolean;
}

function run(rule: Rule, c: ValidCase): LintFinding[] {
  return lint(c.code, {
    config: {
      enabled: [{ rule, severity: rule.meta.severity, options: c.options ?? {} }],
      settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false, ...c.settings },
      failureThreshold: "info",
      noFail: false,
      disableIgnorePragma: false,
      reportUnusedSuppressions: false,
      unknownRules: [],
      codes: new Map(),
    },
    buildContext: c.buildContext,
    analyze: c.analyze,
  }).findings.filter((f) => f.rule === rule.meta.name);
}

/**
 * A rule that lists its `runCommands` must find the same as when its RUN visitor sees every RUN:
 * the list may only skip RUNs where the visitor would do nothing.
 */
function expectSameUngated(rule: Rule, c: ValidCase): void {
  if (!rule.meta.runCommands) return;
  const ungated: Rule = { ...rule, meta: { ...rule.meta, runCommands: undefined } };
  const show = (findings: LintFinding[]) =>
    findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
  expect(show(run(rule, c)), "meta.runCommands hides findings").toEqual(show(run(ungated, c)));
}

const SAFETY_ORDER: FixSafety[] = ["safe", "unsafe", "suggestion"];

export function fixText(rule: Rule, c: ValidCase, safety: FixSafety): string {
  let text = c.code;
  for (let pass = 0; pass < 10; pass++) {
    const edits = run(rule, { ...c, code: text })
      .filter((f) => f.fix && SAFETY_ORDER.indexOf(f.fix.safety) <= SAFETY_ORDER.indexOf(safety))
      .flatMap((f) => f.fix!.edits);
    if (edits.length === 0) break;
    const next = applyEdits(text, edits).output;
    if (next === text) break;
    text = next;
  }
  return text;
}

const label = (c: ValidCase) => c.name ?? c.code.replace(/\n/g, "⏎").slice(0, 100);

export function testRule(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.name, () => {
    it("has complete metadata", () => {
      expect(rule.meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });
    for (const v of cases.valid) {
      const c = typeof v === "string" ? { code: v } : v;
      it(`valid: ${label(c)}`, () => {
        expect(run(rule, c).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        expectSameUngated(rule, c);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)}`, () => {
        const findings = run(rule, c);
        const actual = findings.map((f, i) => {
          const e = c.errors[i];
          const message =
            e?.message === undefined
              ? undefined
              : e.message instanceof RegExp && e.message.test(f.message)
                ? e.message
                : f.message;
          const messageId = e?.messageId === undefined ? undefined : f.messageId;
          return {
            messageId,
            message,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
          };
        });
        const expected = c.errors.map((e) => ({
          messageId: e.messageId,
          message: e.message,
          line: e.line,
          column: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
        }));
        expect(actual).toEqual(expected);
        expectSameUngated(rule, c);
        const fixable = findings.some((f) => f.fix);
        if (c.output !== undefined || fixable) {
          const safety = c.fixSafety ?? rule.meta.fix?.safety ?? "safe";
          const output = fixText(rule, c, safety);
          if (c.output === undefined) {
            expect(output, "the rule fixed the code: add `output` to the case").toBe(c.code);
          } else {
            expect(output).toBe(c.output);
            const before = parse(c.code).diagnostics.filter((d) => d.severity === "error").length;
            const after = parse(output).diagnostics.filter((d) => d.severity === "error").length;
            expect(after, "fixed output must not add syntax errors").toBeLessThanOrEqual(before);
            expect(fixText(rule, { ...c, code: output }, safety), "fixing again must change nothing").toBe(
              output,
            );
          }
        }
        if (c.onbuild) {
          const wrapped = c.code.replace(/^RUN /gm, "ONBUILD RUN ");
          expect(run(rule, { ...c, code: wrapped }).length, "inside ONBUILD").toBe(c.errors.length);
          expectSameUngated(rule, { ...c, code: wrapped });
        }
      });
    }
  });
}
