/**
 * The lint engine: one parse, one model, one pass over the instructions dispatching to every
 * enabled rule's visitors; shell bodies parsed lazily, once, when a rule asks. Suppressions and
 * BuildKit's `# check=` directive are applied to the collected findings.
 */
import type { Finding, Severity } from "../report/types.js";
import {
  type AnalyzeOptions,
  analyze,
  type InstructionInfo,
  type SemanticModel,
  type Stage,
} from "../semantic/model.js";
import { shellSources } from "../semantic/shell-source.js";
import { analyzeShell, mergeShellAnalyses } from "../shell/analyze.js";
import { type CommandModel, commandModels } from "../shell/commands/index.js";
import type { ShellAnalysis } from "../shell/types.js";
import type { Diagnostic, DockerfileCst, Instruction } from "../syntax/cst.js";
import { parse } from "../syntax/parser.js";
import { LineIndex } from "../text/line-index.js";
import type { Range } from "../text/range.js";
import type { ResolvedConfig } from "./config.js";
import type {
  BuildContext,
  ExternalFinding,
  Fix,
  InstructionVisitor,
  LintSettings,
  ReportDescriptor,
  Rule,
  RuleContext,
  Visitors,
} from "./rule.js";
import {
  collectSuppressions,
  type FileDirectives,
  isPosixShell,
  runShell,
  type Suppression,
} from "./suppressions.js";

export interface LintOptions {
  config: ResolvedConfig;
  buildContext?: BuildContext;
  analyze?: AnalyzeOptions;
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

/** A message template cut at its placeholders: text, (placeholder, name, text)*. */
const templates = new Map<string, string[]>();
const PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;

/** Whether an edit of the fix lies in one of the ranges (an exec-form RUN's JSON array). */
function editsArgv(fix: Fix, arrays: readonly Range[]): boolean {
  for (const e of fix.edits)
    for (const r of arrays) if (e.range.start < r.end && e.range.end > r.start) return true;
  return false;
}

/** Fills `{{name}}` placeholders (a name the data lacks stays as written). */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data || !template.includes("{{")) return template;
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    // templates come from rule metadata; the bound only guards against ad hoc ones
    if (templates.size < 10_000) templates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1]!;
    out += key in data ? String(data[key]) : parts[i]!;
    out += parts[i + 2]!;
  }
  return out;
}

/** What a configuration needs per enabled rule, computed once per configuration. */
interface PlannedRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
  /** its name and source ids, lower-cased (for suppressions and `# check=` lists) */
  ids: string[];
  /** source ids as written: a finding's aliases */
  aliases: readonly string[];
  buildkit: boolean;
  experimental: boolean;
}

interface Plan {
  enabled: ResolvedConfig["enabled"];
  rules: PlannedRule[];
  /** for rules with `runCommands`: each command name -> the indices (in `rules`) of the rules naming it */
  runGates: Map<string, number[]>;
}

const plans = new WeakMap<ResolvedConfig, Plan>();

function planOf(config: ResolvedConfig): Plan {
  const cached = plans.get(config);
  if (cached && cached.enabled === config.enabled && cached.rules.length === config.enabled.length) {
    return cached;
  }
  const rules = config.enabled.map(({ rule, severity, options }) => ({
    rule,
    severity,
    options,
    ids: [rule.meta.name.toLowerCase(), ...rule.meta.sources.map((s) => s.id.toLowerCase())],
    aliases: rule.meta.sources.map((s) => s.id),
    buildkit: rule.meta.sources.some((s) => s.tool === "buildkit"),
    experimental: rule.meta.experimental === true,
  }));
  const runGates = new Map<string, number[]>();
  rules.forEach(({ rule }, index) => {
    for (const command of rule.meta.runCommands ?? []) {
      const list = runGates.get(command);
      if (list === undefined) runGates.set(command, [index]);
      else if (!list.includes(index)) list.push(index);
    }
  });
  const plan = { enabled: config.enabled, rules, runGates };
  plans.set(config, plan);
  return plan;
}

const NO_COMMANDS: readonly CommandModel[] = [];

/** What every rule of one file shares: its findings so far, the shell cache. */
class FileState {
  /** reported findings, with the rule that reported each at the same index */
  readonly findings: LintFinding[] = [];
  readonly reporters: PlannedRule[] = [];
  readonly codes: (string | undefined)[] = [];
  private readonly shellCache = new Map<Instruction, ShellAnalysis | null>();
  /** the JSON arrays of exec-form RUNs analysed as an argv: no fix may edit inside them */
  private readonly argvArrays: Range[] = [];

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    private readonly model: SemanticModel,
    private readonly directives: FileDirectives,
    private readonly codeSettings: ResolvedConfig["codes"],
  ) {}

  /** null when nothing runs a shell script, or the stage's shell is not sh (PowerShell, cmd) */
  shell(inst: Instruction): ShellAnalysis | null {
    let cached = this.shellCache.get(inst);
    if (cached !== undefined) return cached;
    cached = null;
    const info = this.model.info(inst);
    const explicit = inst.args.type === "command" && inst.args.form === "exec"; // ["sh", "-c", ...]
    if (explicit || !info || isPosixShell(runShell(this.directives, info.stage, info.shell.value))) {
      const sources = shellSources(inst, this.text);
      if (sources.length === 1 && sources[0]!.argv && inst.args.type === "command")
        this.argvArrays.push(inst.args.exec!.range);
      if (sources.length === 1) cached = analyzeShell(sources[0]!);
      else if (sources.length > 1) cached = mergeShellAnalyses(sources.map((s) => analyzeShell(s)));
    }
    this.shellCache.set(inst, cached);
    return cached;
  }

  /** The command models of a RUN's script (none when it runs no sh script): for `runCommands`. */
  commands(inst: Instruction): readonly CommandModel[] {
    const analysis = this.shell(inst);
    return analysis === null ? NO_COMMANDS : commandModels(analysis);
  }

  report(planned: PlannedRule, severity: Severity, d: ReportDescriptor): void {
    if (d.code && this.codeSettings.get(d.code.toLowerCase()) === "off") return;
    const rule = planned.rule;
    // a rule's edits are shell text: inside an exec form's JSON strings they would break it
    const fix = d.fix && this.argvArrays.length > 0 && editsArgv(d.fix, this.argvArrays) ? undefined : d.fix;
    const start = this.lines.position(d.range.start);
    const end = this.lines.position(d.range.end);
    const template = rule.meta.messages[d.messageId] ?? d.messageId;
    // the reported code first (DL4004 of a merged rule), each alias once
    const aliases = d.code
      ? [d.code, ...planned.aliases.filter((a) => a !== d.code)]
      : planned.aliases.slice();
    this.findings.push({
      rule: rule.meta.name,
      aliases,
      severity: d.severity ?? severity,
      category: rule.meta.category,
      message: formatMessage(template, d.data),
      messageId: d.messageId,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      range: { start: d.range.start, end: d.range.end },
      fixable: fix !== undefined,
      fix,
    });
    this.reporters.push(planned);
    this.codes.push(d.code);
  }
}

/** What every rule of a file sees alike. */
interface SharedContext {
  readonly cst: DockerfileCst;
  readonly model: SemanticModel;
  readonly buildContext: BuildContext;
  readonly diagnostics: readonly Diagnostic[];
  readonly external: readonly ExternalFinding[];
  readonly settings: LintSettings;
}

/**
 * One rule's view of a file: plain fields (fast to read in every tier of the JIT), and
 * `report`/`shell` as methods (so a rule calls `ctx.report(...)`; it does not detach it). One class
 * for every rule keeps the rules' property reads monomorphic, and a file's 90-odd contexts cost no
 * closures.
 */
class Context implements RuleContext {
  readonly text: string;
  readonly cst: DockerfileCst;
  readonly model: SemanticModel;
  readonly lines: LineIndex;
  readonly buildContext: BuildContext;
  readonly diagnostics: readonly Diagnostic[];
  readonly external: readonly ExternalFinding[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly settings: LintSettings;
  private readonly file: FileState;
  private readonly planned: PlannedRule;
  private readonly severity: Severity;

  constructor(file: FileState, shared: SharedContext, planned: PlannedRule, severity: Severity) {
    this.text = file.text;
    this.cst = shared.cst;
    this.model = shared.model;
    this.lines = file.lines;
    this.buildContext = shared.buildContext;
    this.diagnostics = shared.diagnostics;
    this.external = shared.external;
    this.options = planned.options;
    this.settings = shared.settings;
    this.file = file;
    this.planned = planned;
    this.severity = severity;
  }

  report(descriptor: ReportDescriptor): void {
    this.file.report(this.planned, this.severity, descriptor);
  }

  shell(instruction: Instruction): ShellAnalysis | null {
    return this.file.shell(instruction);
  }
}

export function lint(text: string, options: LintOptions): LintResult {
  const { cst, diagnostics } = parse(text);
  const model = analyze(cst, options.analyze);
  const lines = new LineIndex(text);
  const { suppressions, directives } = collectSuppressions(cst, model.stages, options.config.ruleIds);
  const config = options.config;
  const plan = planOf(config);

  const external: ExternalFinding[] = [];
  for (const e of options.external ?? []) {
    const setting = config.codes.get(e.code.toLowerCase());
    if (setting === "off") continue;
    external.push(setting ? { ...e, severity: setting } : e);
  }
  const file = new FileState(text, lines, model, directives, config.codes);
  const shared: SharedContext = {
    cst,
    model,
    buildContext: options.buildContext ?? {},
    diagnostics,
    external,
    settings: config.settings,
  };
  const experimental = directives.checkExperimental.length > 0 ? new Set(directives.checkExperimental) : null;
  const table = new DispatchTable(plan.runGates);
  for (let index = 0; index < plan.rules.length; index++) {
    const planned = plan.rules[index]!;
    if (
      planned.experimental &&
      (experimental === null || (!experimental.has("all") && !planned.ids.some((id) => experimental.has(id))))
    ) {
      continue;
    }
    const severity: Severity = directives.checkError && planned.buildkit ? "error" : planned.severity;
    table.add(
      planned.rule.create(new Context(file, shared, planned, severity)),
      planned.rule.meta.runCommands ? index : undefined,
    );
  }

  table.run(model, file);

  // Suppressions: inline pragmas, then the file's `# check=skip=`.
  const raw = file.findings;
  let findings: LintFinding[] = raw;
  let suppressed = 0;
  const skip = directives.checkSkip.length > 0 ? new Set(directives.checkSkip) : null;
  const pragmas =
    !config.disableIgnorePragma && suppressions.length > 0 ? new SuppressionIndex(suppressions) : null;
  if (skip !== null || pragmas !== null) {
    findings = [];
    for (let i = 0; i < raw.length; i++) {
      const finding = raw[i]!;
      const planned = file.reporters[i]!;
      const code = file.codes[i];
      const ids = code ? [...planned.ids, code.toLowerCase()] : planned.ids;
      // as in BuildKit, `skip=` does not apply to an experimental check the file switched on
      const fileSkipped =
        skip !== null &&
        planned.buildkit &&
        !planned.experimental &&
        (skip.has("all") || ids.some((id) => skip.has(id)));
      if (fileSkipped || pragmas?.match(ids, finding)) {
        suppressed++;
        continue;
      }
      findings.push(finding);
    }
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

/**
 * The file's suppressions, indexed by where they apply: the file- and stage-wide ones (few) are
 * tried for every finding, the next-instruction ones (one per pragma, possibly thousands) are
 * found by a binary search on their start, so matching stays O(findings × log pragmas).
 */
class SuppressionIndex {
  private readonly wide: Suppression[] = [];
  private readonly next: Suppression[] = [];

  constructor(suppressions: readonly Suppression[]) {
    for (const s of suppressions) (s.scope === "next" ? this.next : this.wide).push(s);
    this.next.sort((a, b) => a.covers.start - b.covers.start);
  }

  /** Whether a suppression naming one of `ids` covers the finding; each such one is marked used. */
  match(ids: readonly string[], finding: Finding): boolean {
    const at = finding.range.start;
    let matched = false;
    for (const s of this.wide) if (covers(s, at) && markIfNamed(s, ids)) matched = true;
    // the last next-instruction suppression starting at or before `at`, then back over those that
    // still reach it (the pragmas above one instruction share its range)
    let lo = 0;
    let hi = this.next.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.next[mid]!.covers.start <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let k = hi; k >= 0 && this.next[k]!.covers.end >= at; k--)
      if (markIfNamed(this.next[k]!, ids)) matched = true;
    return matched;
  }
}

function covers(s: Suppression, at: number): boolean {
  return at >= s.covers.start && at <= s.covers.end;
}

/** Whether the suppression names one of the ids (or all); marks it used if so. */
function markIfNamed(s: Suppression, ids: readonly string[]): boolean {
  if (!s.ids.includes("all") && !ids.some((id) => s.ids.includes(id))) return false;
  s.used = true;
  return true;
}

/**
 * The visitors of one file's rules, grouped by what they visit, in rule order; then one pass over
 * the instructions calling them, with stage and file exit hooks.
 */
class DispatchTable {
  private readonly byName = new Map<string, InstructionVisitor[]>();
  private readonly every: InstructionVisitor[] = [];
  /**
   * RUN visitors of rules with `runCommands`, by the rule's index in the plan: called only for RUNs
   * invoking one of its commands (found through `runGates`, so a RUN costs a lookup per command it
   * runs, not a test per gated rule).
   */
  private readonly gatedRuns: (InstructionVisitor | undefined)[] = [];
  private gated = false;
  private readonly stageExits: ((stage: Stage) => void)[] = [];
  private readonly fileExits: (() => void)[] = [];

  constructor(private readonly runGates: ReadonlyMap<string, readonly number[]>) {}

  /** `gate`: the rule's index in the plan when its RUN visitor is gated by `runCommands` */
  add(visitors: Visitors, gate: number | undefined): void {
    // Object.keys: one call per rule and file (for-in with Object.hasOwn cost a call per key)
    const keys = Object.keys(visitors);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const fn = visitors[key as keyof Visitors];
      if (typeof fn !== "function") continue;
      if (key === "instruction") this.every.push(fn as InstructionVisitor);
      else if (key === "stageExit") this.stageExits.push(fn as (stage: Stage) => void);
      else if (key === "fileExit") this.fileExits.push(fn as () => void);
      else if (key === "RUN" && gate !== undefined) {
        this.gatedRuns[gate] = fn as InstructionVisitor;
        this.gated = true;
      } else {
        const list = this.byName.get(key);
        if (list) list.push(fn as InstructionVisitor);
        else this.byName.set(key, [fn as InstructionVisitor]);
      }
    }
  }

  run(model: SemanticModel, file: FileState): void {
    const { every, stageExits } = this;
    const infos = model.infos;
    let currentStage = -1;
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (info.stage !== currentStage) {
        if (currentStage >= 0) this.exitStage(model.stages[currentStage]!);
        currentStage = info.stage;
      }
      const inst = info.instruction;
      for (let k = 0; k < every.length; k++) every[k]!(inst, info);
      this.visitNamed(inst, info, undefined, file);
      if (inst.args.type === "onbuild" && inst.args.instruction) {
        const inner = inst.args.instruction;
        for (let k = 0; k < every.length; k++) every[k]!(inner, info, inst);
        this.visitNamed(inner, info, inst, file);
      }
    }
    if (currentStage >= 0 && stageExits.length > 0) this.exitStage(model.stages[currentStage]!);
    for (const fn of this.fileExits) fn();
  }

  private visitNamed(
    inst: Instruction,
    info: InstructionInfo,
    onbuild: Instruction | undefined,
    file: FileState,
  ) {
    const named = this.byName.get(inst.name);
    if (named) for (let k = 0; k < named.length; k++) named[k]!(inst, info, onbuild);
    if (inst.name !== "RUN" || !this.gated) return;
    // the gated rules naming a command this RUN invokes (its name after wrappers, or its package
    // manager), called in plan (rule) order, once each
    const models = file.commands(inst);
    let hits: number[] | undefined;
    for (let i = 0; i < models.length; i++) {
      const m = models[i]!;
      hits = this.addHits(m.invocation.name, hits);
      if (m.packages) hits = this.addHits(m.packages.manager, hits);
    }
    if (hits === undefined) return;
    for (let k = 0; k < hits.length; k++) this.gatedRuns[hits[k]!]!(inst, info, onbuild);
  }

  /** Adds the gated rules naming `command` to `hits`, kept ascending and without repeats. */
  private addHits(command: string, hits: number[] | undefined): number[] | undefined {
    const indices = this.runGates.get(command);
    if (indices === undefined) return hits;
    for (let k = 0; k < indices.length; k++) {
      const index = indices[k]!;
      if (this.gatedRuns[index] === undefined) continue;
      if (hits === undefined) {
        hits = [index];
        continue;
      }
      // insertion into a short sorted list (a RUN meets a few gated rules): no sort, no Set
      let j = hits.length;
      while (j > 0 && hits[j - 1]! > index) j--;
      if (j > 0 && hits[j - 1] === index) continue;
      hits.push(index);
      for (let t = hits.length - 1; t > j; t--) hits[t] = hits[t - 1]!;
      hits[j] = index;
    }
    return hits;
  }

  private exitStage(stage: Stage): void {
    for (const fn of this.stageExits) fn(stage);
  }
}
