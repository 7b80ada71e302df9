/** `shipshape lint`: reads files and config, runs the core linter, formats, sets the exit code. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { failsAt, type LintConfig, resolveConfig } from "../../core/lint/config.js";
import { type LintFinding, lint, type ShellAnalyzer } from "../../core/lint/engine.js";
import type { ExternalFinding } from "../../core/lint/rule.js";
import { type ShellcheckScript, shellcheckScripts } from "../../core/lint/shellcheck-scripts.js";
import { collectSuppressions } from "../../core/lint/suppressions.js";
import { type FormatName, formatNames, formatters } from "../../core/report/index.js";
import type { FileResult, RuleInfo } from "../../core/report/types.js";
import { rules } from "../../core/rules/index.js";
import { type AnalyzeOptions, analyze } from "../../core/semantic/model.js";
import { parse } from "../../core/syntax/parser.js";
import {
  configFromEnv,
  type FileConfig,
  findConfigFile,
  mergeConfigs,
  readConfigFile,
} from "../config-files.js";
import { describeFsError, findDockerfiles, readText, UsageError } from "../files.js";
import type { Io } from "../io.js";
import { runShellcheck, shellcheckAvailable } from "../shellcheck.js";
import { version } from "../version.js";

export interface LintFlags {
  format?: string;
  output?: string;
  config?: string;
  preset?: string;
  ignore?: string[];
  error?: string[];
  warning?: string[];
  info?: string[];
  style?: string[];
  trustedRegistry?: string[];
  requireLabel?: string[];
  strictLabels?: boolean;
  disableIgnorePragma?: boolean;
  failureThreshold?: string;
  noFail?: boolean;
  fail?: boolean;
  color?: boolean;
  stdinFilename?: string;
  context?: string;
  buildArg?: string[];
  target?: string;
  platform?: string;
  shellcheck?: boolean;
  reportUnusedSuppressions?: boolean;
}

const FORMAT_ALIASES: Record<string, FormatName> = {
  tty: "stylish",
  gitlab_codeclimate: "gitlab",
  codeclimate: "gitlab",
};

function flagConfig(flags: LintFlags): FileConfig {
  const config: FileConfig = {
    ignored: flags.ignore ?? [],
    override: {
      error: flags.error ?? [],
      warning: flags.warning ?? [],
      info: flags.info ?? [],
      style: flags.style ?? [],
    },
    trustedRegistries: flags.trustedRegistry ?? [],
  };
  if (flags.preset) config.preset = flags.preset as LintConfig["preset"];
  if (flags.requireLabel?.length) {
    config.labelSchema = Object.fromEntries(
      flags.requireLabel.map((l) => [l.split(":")[0]!, l.split(":")[1] ?? "text"]),
    );
  }
  if (flags.strictLabels) config.strictLabels = true;
  if (flags.disableIgnorePragma) config.disableIgnorePragma = true;
  if (flags.failureThreshold)
    config.failureThreshold =
      flags.failureThreshold === "ignore"
        ? "none"
        : (flags.failureThreshold as LintConfig["failureThreshold"]);
  if (flags.noFail || flags.fail === false) config.noFail = true;
  if (flags.reportUnusedSuppressions) config.reportUnusedSuppressions = true;
  if (flags.format) config.formats = [flags.format];
  return config;
}

function buildArgs(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new UsageError(`--build-arg ${item}: expected NAME=VALUE`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

async function loadShellAnalyzer(): Promise<ShellAnalyzer | undefined> {
  try {
    const { loadShellParser } = await import("../shell-wasm.js");
    await loadShellParser();
    const { analyzeShell } = await import("../../core/shell/analyze.js");
    return analyzeShell;
  } catch {
    return undefined;
  }
}

export async function lintCommand(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const inputs = paths.length ? paths : ["."];
  const files = await findDockerfiles(inputs);
  if (files.length === 0) throw new UsageError(`no Dockerfiles found in ${inputs.join(", ")}`);

  const envConfig = configFromEnv(io.env);
  const cliConfig = flagConfig(flags);
  const explicit = flags.config ? readConfigFile(flags.config) : undefined;
  const shellAnalyzer = await loadShellAnalyzer();
  const analyzeOptions: AnalyzeOptions = {
    buildArgs: buildArgs(flags.buildArg),
    target: flags.target,
    platform: flags.platform ? { target: flags.platform } : undefined,
  };

  const ruleInfo = new Map<string, RuleInfo>(
    rules.map((r) => [
      r.meta.name,
      {
        name: r.meta.name,
        aliases: r.meta.sources.map((s) => s.id),
        description: r.meta.description,
        severity: r.meta.severity,
        category: r.meta.category,
        helpUri: `https://shipshape.dev/rules/${r.meta.name}`,
      },
    ]),
  );

  // Phase 1: read every file and resolve its configuration.
  interface Job {
    file: string;
    displayName: string;
    dir: string;
    source?: string;
    error?: string;
    resolved: ReturnType<typeof resolveConfig>;
  }
  const jobs: Job[] = [];
  let finalConfig: FileConfig = {};
  const warnedUnknown = new Set<string>();
  for (const file of files) {
    const displayName = file === "-" ? (flags.stdinFilename ?? "-") : file;
    const dir =
      file === "-"
        ? flags.stdinFilename
          ? path.dirname(flags.stdinFilename)
          : process.cwd()
        : path.dirname(file);
    const configPath = explicit ? undefined : findConfigFile(dir, io.env);
    const fileConfig = explicit ?? (configPath ? readConfigFile(configPath) : {});
    const merged = mergeConfigs(fileConfig, envConfig, cliConfig);
    finalConfig = merged;
    const resolved = resolveConfig(merged, rules);
    for (const name of resolved.unknownRules) {
      if (warnedUnknown.has(name)) continue;
      warnedUnknown.add(name);
      io.err(
        `shipshape: warning: unknown rule "${name}" in the configuration${configPath ? ` (${configPath})` : ""}`,
      );
    }
    const job: Job = { file, displayName, dir, resolved };
    try {
      const text = await readText(file);
      // NUL bytes never occur in a Dockerfile: report a binary file once instead of line by line
      if (text.includes("\u0000")) job.error = `${job.displayName}: binary file, not a Dockerfile`;
      else job.source = text;
    } catch (error) {
      job.error = (error as Error).message;
    }
    jobs.push(job);
  }

  // Phase 2: ShellCheck, once over the RUN scripts of all files (when installed and enabled).
  const external = new Map<Job, ExternalFinding[]>();
  const wantShellcheck =
    flags.shellcheck !== false &&
    jobs.some((j) => j.resolved.enabled.some((e) => e.rule.meta.name === "shellcheck"));
  if (wantShellcheck) {
    if (!shellcheckAvailable()) {
      io.err(
        "shipshape: note: shellcheck is not installed, so RUN scripts were not checked by ShellCheck (apt-get install shellcheck)",
      );
    } else {
      const all: { job: Job; script: ShellcheckScript }[] = [];
      for (const job of jobs) {
        if (job.source === undefined) continue;
        const { cst } = parse(job.source);
        const model = analyze(cst, analyzeOptions);
        const { directives } = collectSuppressions(cst, model.stages);
        for (const script of shellcheckScripts(model, directives)) all.push({ job, script });
      }
      const found = runShellcheck(all.map((a) => a.script));
      all.forEach((a, i) => {
        const list = external.get(a.job) ?? [];
        list.push(...found[i]!);
        external.set(a.job, list);
      });
    }
  }

  // Phase 3: lint.
  const results: FileResult[] = [];
  let failed = false;
  const progress = io.isTTY && jobs.length > 50 && !flags.output;
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    if (progress) process.stderr.write(`\rshipshape: linting ${i + 1}/${jobs.length}`);
    if (job.source === undefined) {
      results.push({ file: job.displayName, source: "", findings: [], error: job.error });
      continue;
    }
    const result = lint(job.source, {
      config: job.resolved,
      buildContext: { dockerignore: readDockerignore(flags.context ?? job.dir, job.file) },
      analyze: analyzeOptions,
      shell: shellAnalyzer,
      external: external.get(job),
    });
    const findings: LintFinding[] = result.findings;
    results.push({ file: job.displayName, source: job.source, findings });
    if (!job.resolved.noFail && findings.some((f) => failsAt(f.severity, job.resolved.failureThreshold)))
      failed = true;
  }
  if (progress) process.stderr.write("\r\x1b[K");

  const requested = finalConfig.formats?.length
    ? finalConfig.formats[finalConfig.formats.length - 1]!
    : "stylish";
  const formatName = (FORMAT_ALIASES[requested] ?? requested) as FormatName;
  const formatter = Object.hasOwn(formatters, formatName) ? formatters[formatName] : undefined;
  if (!formatter) throw new UsageError(`unknown format "${requested}"; one of ${formatNames.join(", ")}`);
  const color = flags.color ?? (!finalConfig.noColor && io.isTTY && !flags.output);
  const output = formatter(results, { color, cwd: process.cwd(), rules: ruleInfo, toolVersion: version });
  if (flags.output) {
    try {
      writeFileSync(flags.output, output.endsWith("\n") || output === "" ? output : `${output}\n`);
    } catch (error) {
      throw new UsageError(`${flags.output}: ${describeFsError(error)}`);
    }
  } else if (output) io.out(output.replace(/\n$/, ""));
  if (results.some((r) => r.error)) return 2;
  return failed ? 1 : 0;
}

const dockerignoreCache = new Map<string, string | null>();

function readOptional(file: string): string | null {
  let text = dockerignoreCache.get(file);
  if (text === undefined) {
    text = existsSync(file) ? readFileSync(file, "utf8") : null;
    dockerignoreCache.set(file, text);
  }
  return text;
}

/** The build context's .dockerignore (Dockerfile-specific `<name>.dockerignore` first, as BuildKit). */
function readDockerignore(contextDir: string, dockerfile: string): string | null {
  if (dockerfile !== "-") {
    const own = readOptional(`${dockerfile}.dockerignore`);
    if (own !== null) return own;
  }
  return readOptional(path.join(contextDir, ".dockerignore"));
}
