/** shipshape's library entry: the core, with no I/O. */

export type { LintConfig, ResolvedConfig } from "./core/lint/config.js";
export { resolveConfig } from "./core/lint/config.js";
export type { LintFinding, LintOptions, LintResult } from "./core/lint/engine.js";
export { lint } from "./core/lint/engine.js";
export type { Rule, RuleMeta } from "./core/lint/rule.js";
export { formatters } from "./core/report/index.js";
export type { FileResult, Finding, Severity } from "./core/report/types.js";
export { renderRuleDoc, renderRuleIndex } from "./core/rules/doc-page.js";
export { rules } from "./core/rules/index.js";
export type { ImageRef } from "./core/semantic/image-ref.js";
export { parseImageRef } from "./core/semantic/image-ref.js";
export type { AnalyzeOptions, InstructionInfo, SemanticModel, Stage } from "./core/semantic/model.js";
export { analyze } from "./core/semantic/model.js";
export { shellSources } from "./core/semantic/shell-source.js";
export { analyzeShell, mergeShellAnalyses } from "./core/shell/analyze.js";
export { commandModels } from "./core/shell/commands/index.js";
export type { ShellAnalysis, ShellSource, SimpleCommand, Word as ShellWord } from "./core/shell/types.js";
export type * from "./core/syntax/cst.js";
export { dumpBuildkit, goQuote } from "./core/syntax/dump-buildkit.js";
export { sourceRange, toSource } from "./core/syntax/logical-line.js";
export { parse } from "./core/syntax/parser.js";
export { print } from "./core/syntax/print.js";
export type { Position } from "./core/text/line-index.js";
export { LineIndex } from "./core/text/line-index.js";
export type { Range, TextEdit } from "./core/text/range.js";
