/**
 * The lint engine: one parse, one model, one pass over the instructions dispatching to every
 * enabled rule's visitors; shell bodies parsed lazily, once, when a rule asks. Suppressions and
 * BuildKit's `# check=` directive are applied to the collected findings.
 */
import type { Finding, Severity } from "../report/types.js";
import { type AnalyzeOptions, analyze, type SemanticModel, type Stage } from "../semantic/model.js";
import { shellSources } from "../semantic/shell-source.js";
import { mergeShellAnalyses } from "../shell/analyze.js";
import type { ShellAnalysis, ShellSource } from "../shell/types.js";
import type { Diagnostic, Instruction } from "../syntax/cst.js";
import { parse } from "../syntax/parser.js";
import { LineIndex } from "../text/line-index.js";
import type { ResolvedConfig } from "./config.js";
import type {
  BuildContext,
  ExternalFinding,
  Fix,
  InstructionVisitor,
  Rule,
  RuleContext,
  Visitors,
} from "./rule.js";
import { collectSuppressions, type Suppression } from "./suppressions.js";

/** Parses and analyses one shell script (the tree-sitter analyser, once initialised). */
export type ShellAnalyzer = (source: ShellSource) => ShellAnalysis;

export interface LintOptions {
  config: ResolvedConfig;
  buildContext?: BuildContext;
  analyze?: AnalyzeOptions;
  /** without it, rules that need shell analysis see none (ctx.shell returns null) */
  shell?: ShellAnalyzer;
  /** findings of external tools (ShellCheck), reported by the rule that owns them */
  external?: readonly ExternalFinding[];
}

export interface LintFinding extends Finding {
  messageId?: string;
  fix?: Fix;
}

export interface LintResult {
  findings: LintFinding[];
  /** the parser's diagnostics (also reported through the syntax rules when enabled) */
  diagnostics: Diagnostic[];
  model: SemanticModel;
  /** findings dropped by inline suppressions */
  suppressed: number;
}

/** Fills `{{name}}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

function isBuildkitRule(rule: Rule): boolean {
  return rule.meta.sources.some((s) => s.tool === "buildkit");
}

function ruleIds(rule: Rule): string[] {
  return [rule.meta.name.toLowerCase(), ...rule.meta.sources.map((s) => s.id.toLowerCase())];
}

export function lint(text: string, options: LintOptions): LintResult {
  const { cst, diagnostics } = parse(text);
  const model = analyze(cst, options.analyze);
  const lines = new LineIndex(text);
  const { suppressions, directives } = collectSuppressions(cst, model.stages);
  const config = options.config;
  const buildContext = options.buildContext ?? {};

  const shellCache = new Map<Instruction, ShellAnalysis | null>();
  const shell = (inst: Instruction): ShellAnalysis | null => {
    let cached = shellCache.get(inst);
    if (cached !== undefined) return cached;
    cached = null;
    const analyzeShell = options.shell;
    if (analyzeShell) {
      const sources = shellSources(inst, text);
      if (sources.length === 1) cached = analyzeShell(sources[0]!);
      else if (sources.length > 1) cached = mergeShellAnalyses(sources.map((s) => analyzeShell(s)));
    }
    shellCache.set(inst, cached);
    return cached;
  };

  const external: ExternalFinding[] = [];
  for (const e of options.external ?? []) {
    const setting = config.codes.get(e.code.toLowerCase());
    if (setting === "off") continue;
    external.push(setting ? { ...e, severity: setting } : e);
  }
  const experimental = new Set(directives.checkExperimental);
  const raw: { rule: Rule; severity: Severity; finding: LintFinding }[] = [];
  const listeners: Visitors[] = [];
  for (const { rule, severity, options: ruleOptions } of config.enabled) {
    if (
      rule.meta.experimental &&
      !experimental.has("all") &&
      !ruleIds(rule).some((id) => experimental.has(id))
    ) {
      continue;
    }
    const effective: Severity = directives.checkError && isBuildkitRule(rule) ? "error" : severity;
    const context: RuleContext = {
      text,
      cst,
      model,
      lines,
      buildContext,
      diagnostics,
      external,
      options: ruleOptions,
      settings: config.settings,
      shell,
      report(d) {
        const start = lines.position(d.range.start);
        const end = lines.position(d.range.end);
        const template = rule.meta.messages[d.messageId] ?? d.messageId;
        const aliases = rule.meta.sources.map((s) => s.id);
        if (d.code) aliases.unshift(d.code);
        raw.push({
          rule,
          severity: d.severity ?? effective,
          finding: {
            rule: rule.meta.name,
            aliases,
            severity: d.severity ?? effective,
            category: rule.meta.category,
            message: formatMessage(template, d.data),
            messageId: d.messageId,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
            range: { start: d.range.start, end: d.range.end },
            fixable: d.fix !== undefined,
            fix: d.fix,
          },
        });
      },
    };
    listeners.push(rule.create(context));
  }

  dispatch(model, listeners);

  // Suppressions: inline pragmas, then the file's `# check=skip=`.
  const skip = new Set(directives.checkSkip);
  const findings: LintFinding[] = [];
  let suppressed = 0;
  for (const { rule, finding } of raw) {
    const ids = [...ruleIds(rule), ...finding.aliases.map((a) => a.toLowerCase())];
    const fileSkipped = isBuildkitRule(rule) && (skip.has("all") || ids.some((id) => skip.has(id)));
    if (fileSkipped || (!config.disableIgnorePragma && matchSuppression(suppressions, ids, finding))) {
      suppressed++;
      continue;
    }
    findings.push(finding);
  }
  findings.sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule),
  );
  if (config.reportUnusedSuppressions && !config.disableIgnorePragma) {
    for (const s of suppressions) {
      if (s.used) continue;
      const start = lines.position(s.comment.start);
      const end = lines.position(s.comment.end);
      findings.push({
        rule: "unused-suppression",
        aliases: [],
        severity: "info",
        category: "style",
        message: `Suppression of ${s.ids.join(", ")} matched no finding`,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        range: { ...s.comment },
      });
    }
  }
  return { findings, diagnostics, model, suppressed };
}

function matchSuppression(suppressions: Suppression[], ids: string[], finding: Finding): boolean {
  let matched = false;
  for (const s of suppressions) {
    if (finding.range.start < s.covers.start || finding.range.start > s.covers.end) continue;
    if (s.ids.includes("all") || ids.some((id) => s.ids.includes(id))) {
      s.used = true;
      matched = true;
    }
  }
  return matched;
}

/** One pass over the instructions, calling each rule's visitors; stage and file exit hooks. */
function dispatch(model: SemanticModel, listeners: Visitors[]): void {
  const byName = new Map<string, InstructionVisitor[]>();
  const every: InstructionVisitor[] = [];
  const stageExits: ((stage: Stage) => void)[] = [];
  const fileExits: (() => void)[] = [];
  for (const v of listeners) {
    for (const [key, fn] of Object.entries(v)) {
      if (typeof fn !== "function") continue;
      if (key === "instruction") every.push(fn as InstructionVisitor);
      else if (key === "stageExit") stageExits.push(fn as (stage: Stage) => void);
      else if (key === "fileExit") fileExits.push(fn as () => void);
      else {
        const list = byName.get(key) ?? [];
        list.push(fn as InstructionVisitor);
        byName.set(key, list);
      }
    }
  }
  let currentStage = -1;
  const exitStage = () => {
    if (currentStage >= 0) for (const fn of stageExits) fn(model.stages[currentStage]!);
  };
  for (const info of model.infos) {
    if (info.stage !== currentStage) {
      exitStage();
      currentStage = info.stage;
    }
    const inst = info.instruction;
    for (const fn of every) fn(inst, info);
    for (const fn of byName.get(inst.name) ?? []) fn(inst, info);
    if (inst.args.type === "onbuild" && inst.args.instruction) {
      const inner = inst.args.instruction;
      for (const fn of every) fn(inner, info, inst);
      for (const fn of byName.get(inner.name) ?? []) fn(inner, info, inst);
    }
  }
  exitStage();
  for (const fn of fileExits) fn();
}
