/**
 * The rule module shape (ESLint's meta + create(ctx) returning visitors, Ruff's fix availability,
 * Biome's sources). A rule reads the CST and the semantic model and reports findings with exact
 * ranges; it never parses text itself.
 */
import type { Severity } from "../report/types.js";
import type { InstructionInfo, SemanticModel, Stage } from "../semantic/model.js";
import type { ShellAnalysis } from "../shell/types.js";
import type { Diagnostic, DockerfileCst, Instruction, InstructionName } from "../syntax/cst.js";
import type { LineIndex } from "../text/line-index.js";
import type { Range, TextEdit } from "../text/range.js";

export type Category = "correctness" | "security" | "size" | "cache" | "reproducibility" | "style";
export type FixSafety = "safe" | "unsafe" | "suggestion";
export type SourceTool = "hadolint" | "buildkit" | "trivy" | "checkov" | "shipshape";
export type PresetName = "recommended" | "strict" | "all" | "hadolint" | "buildkit";

export interface RuleSource {
  tool: SourceTool;
  /** e.g. DL3008, JSONArgsRecommended, DS-0029, CKV_DOCKER_1; works as an alias */
  id: string;
}

export interface RuleMeta {
  /** kebab-case, names the flagged pattern; the doc page slug */
  name: string;
  category: Category;
  severity: Severity;
  /** one line, shown in `shipshape rules` and SARIF */
  description: string;
  sources: RuleSource[];
  fix?: { availability: "always" | "sometimes"; safety: FixSafety };
  messages: Record<string, string>;
  /**
   * Presets that enable the rule besides `all`. `hadolint` and `buildkit` mean: on in that tool by
   * default (used by `--preset hadolint` / `--preset buildkit`).
   */
  presets: PresetName[];
  /** BuildKit's experimental checks: only with `# check=experimental=...` or explicit enabling */
  experimental?: boolean;
  /**
   * The commands the rule's `RUN` visitor reacts to: command names after wrappers (`sudo`, `env`)
   * or package managers (`pip` also for `python -m pip`). When given, the engine calls the `RUN`
   * visitor only for RUNs whose shell analysis invokes one of them, so it must do nothing for any
   * other RUN (the rule tester checks this on every case).
   */
  runCommands?: readonly string[];
}

export interface Fix {
  safety: FixSafety;
  edits: TextEdit[];
  /** what the fix does, e.g. "Add --no-install-recommends" */
  title?: string;
}

export interface ReportDescriptor {
  range: Range;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: Fix;
  /** overrides the rule's default severity for this finding (rare) */
  severity?: Severity;
  /** a sub-code of an external tool (e.g. SC2086): becomes the finding's alias, usable in suppressions */
  code?: string;
}

/** A finding computed outside the core (ShellCheck), handed to the lint through its options. */
export interface ExternalFinding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
}

/** Context about the build outside the Dockerfile, supplied by the caller (CLI or playground). */
export interface BuildContext {
  /** contents of the context's .dockerignore; null when there is none; undefined when unknown */
  dockerignore?: string | null;
}

export interface RuleContext {
  readonly text: string;
  readonly cst: DockerfileCst;
  readonly model: SemanticModel;
  readonly lines: LineIndex;
  readonly buildContext: BuildContext;
  /** the parser's diagnostics (syntax rules report them) */
  readonly diagnostics: readonly Diagnostic[];
  /** findings from external tools (ShellCheck), already filtered and re-levelled by the configuration */
  readonly external: readonly ExternalFinding[];
  /** the rule's options from the configuration (already merged with defaults) */
  readonly options: Readonly<Record<string, unknown>>;
  /** shared lint settings: trusted registries, label schema, ... */
  readonly settings: LintSettings;
  report(descriptor: ReportDescriptor): void;
  /** the shell analysis of a RUN (or shell-form CMD/ENTRYPOINT), parsed once and only when asked; null if not shell */
  shell(instruction: Instruction): ShellAnalysis | null;
}

export interface LintSettings {
  trustedRegistries: string[];
  /** label name -> type: text | url | semver | hash | rfc3339 | spdx | email */
  labelSchema: Record<string, string>;
  strictLabels: boolean;
}

/** Called with the instruction and the model's info for it. ONBUILD's inner instruction is visited too, with `onbuild` set. */
export type InstructionVisitor = (
  instruction: Instruction,
  info: InstructionInfo,
  onbuild?: Instruction,
) => void;

export type InstructionVisitors = { [K in InstructionName]?: InstructionVisitor };

export interface Visitors extends InstructionVisitors {
  /** every instruction, in order */
  instruction?: InstructionVisitor;
  /** after the last instruction of each stage */
  stageExit?: (stage: Stage) => void;
  /** after everything */
  fileExit?: () => void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): Visitors;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
