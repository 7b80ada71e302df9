/** `shipshape lint`: reads files and config, runs the core linter, formats, sets the exit code. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { failsAt, type LintConfig, type ResolvedConfig, resolveConfig } from "../../core/lint/config.js";
import type { ExternalFinding } from "../../core/lint/rule.js";
import { type ShellcheckScript, shellcheckScripts } from "../../core/lint/shellcheck-scripts.js";
import { collectSuppressions } from "../../core/lint/suppressions.js";
import { type FormatName, formatNames, formatters } from "../../core/report/index.js";
import type { FileResult, RuleInfo } from "../../core/report/types.js";
import { rules } from "../../core/rules/index.js";
import { type AnalyzeOptions, analyze } from "../../core/semantic/model.js";
import { parse } from "../../core/syntax/parser.js";
import {
  ConfigLocator,
  configFromEnv,
  type FileConfig,
  LABEL_TYPES,
  mergeConfigs,
  parseRequiredLabel,
  readConfigFile,
} from "../config-files.js";
import { DirNames, describeFsError, findDockerfiles, loadSource, readText, UsageError } from "../files.js";
import type { Io } from "../io.js";
import { type JobResult, JobRunner, type LintJob, type LintPlan } from "../lint-jobs.js";
import { WorkerPool, workerCount } from "../lint-parallel.js";
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
  verbose?: boolean;
  filePathInReport?: string;
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
      flags.requireLabel.map((l) => {
        const label = parseRequiredLabel(l);
        if (!label)
          throw new UsageError(`--require-label ${l}: the type must be one of ${LABEL_TYPES.join(", ")}`);
        return label;
      }),
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
  if (flags.color === false) config.noColor = true;
  if (flags.verbose) config.verbose = true;
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

export async function lintCommand(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const inputs = paths.length ? paths : ["."];
  const dirNames = new DirNames();
  const files = findDockerfiles(inputs, dirNames);
  if (files.length === 0) throw new UsageError(`no Dockerfiles found in ${inputs.join(", ")}`);
  // workers start now, loading their modules while this thread plans
  const pool = await WorkerPool.start(workerCount(files.length, io.env));
  try {
    return await lintFiles(files, dirNames, flags, io, pool);
  } finally {
    pool?.close();
  }
}

async function lintFiles(
  files: string[],
  dirNames: DirNames,
  flags: LintFlags,
  io: Io,
  pool: WorkerPool | null,
): Promise<number> {
  const envConfig = configFromEnv(io.env);
  const cliConfig = flagConfig(flags);
  const explicit = flags.config ? readConfigFile(flags.config) : undefined;
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

  // Phase 1: each file's configuration, resolved once per config file (found once per folder).
  const plan: LintPlan = { jobs: [], configs: [], dockerignores: [], analyze: analyzeOptions };
  const resolved: ResolvedConfig[] = [];
  const configIndex = new Map<string, number>();
  const locator = new ConfigLocator(io.env, dirNames);
  const dockerignores = new DockerignoreReader(dirNames);
  const dockerignoreIndex = new Map<string | null, number>();
  const warnedUnknown = new Set<string>();
  let lastConfig = 0;
  for (const file of files) {
    const displayName = flags.filePathInReport ?? (file === "-" ? (flags.stdinFilename ?? "-") : file);
    const dir =
      file === "-"
        ? flags.stdinFilename
          ? path.dirname(flags.stdinFilename)
          : process.cwd()
        : path.dirname(file);
    const configPath = explicit ? undefined : locator.find(dir);
    const key = configPath ?? "";
    let config = configIndex.get(key);
    if (config === undefined) {
      const fileConfig = explicit ?? (configPath ? readConfigFile(configPath) : {});
      const merged = mergeConfigs(fileConfig, envConfig, cliConfig);
      if (merged.verbose) {
        // hadolint's --verbose: which config file, and the configuration it adds up to
        const used = explicit?.path ?? configPath;
        io.err(used ? `shipshape: config file used: ${used}` : "shipshape: no config file found: defaults");
        io.err(`shipshape: configuration: ${JSON.stringify({ ...merged, path: undefined })}`);
      }
      const resolvedConfig = resolveConfig(merged, rules);
      for (const name of resolvedConfig.unknownRules) {
        if (warnedUnknown.has(name)) continue;
        warnedUnknown.add(name);
        io.err(
          `shipshape: warning: unknown rule "${name}" in the configuration${configPath ? ` (${configPath})` : ""}`,
        );
      }
      config = plan.configs.length;
      plan.configs.push(merged);
      resolved.push(resolvedConfig);
      configIndex.set(key, config);
    }
    lastConfig = config;
    const ignoreText = dockerignores.read(flags.context ?? dir, file);
    let dockerignore = dockerignoreIndex.get(ignoreText);
    if (dockerignore === undefined) {
      dockerignore = plan.dockerignores.length;
      plan.dockerignores.push(ignoreText);
      dockerignoreIndex.set(ignoreText, dockerignore);
    }
    const job: LintJob = { file, displayName, config, dockerignore };
    if (dirNames.regular.has(file)) job.regular = true;
    if (file === "-") {
      // stdin can only be read here (a worker reads the other files itself)
      try {
        const text = await readText(file);
        if (text.includes("\u0000")) job.error = `${displayName}: binary file, not a Dockerfile`;
        else job.source = text;
      } catch (error) {
        job.error = (error as Error).message;
      }
    }
    plan.jobs.push(job);
  }
  const finalConfig: FileConfig = plan.configs[lastConfig]!;

  // Phase 2: ShellCheck, once over the RUN scripts of all files (when installed and enabled).
  const wantShellcheck =
    flags.shellcheck !== false &&
    plan.jobs.some((j) => resolved[j.config]!.enabled.some((e) => e.rule.meta.name === "shellcheck"));
  if (wantShellcheck) {
    if (!shellcheckAvailable()) {
      io.err(
        "shipshape: note: shellcheck is not installed, so RUN scripts were not checked by ShellCheck (apt-get install shellcheck)",
      );
    } else {
      const all: { job: LintJob; script: ShellcheckScript }[] = [];
      for (const job of plan.jobs) {
        if (job.source === undefined && job.error === undefined)
          Object.assign(job, loadSource(job.file, job.displayName, job.regular));
        if (job.source === undefined) continue;
        const { cst } = parse(job.source);
        const model = analyze(cst, analyzeOptions);
        const { directives } = collectSuppressions(cst, model.stages);
        for (const script of shellcheckScripts(model, directives)) all.push({ job, script });
      }
      const found = await runShellcheck(all.map((a) => a.script));
      all.forEach((a, i) => {
        const list: ExternalFinding[] = (a.job.external ??= []);
        list.push(...found[i]!);
      });
    }
  }

  // Phase 3: lint, on worker threads too for many files.
  const runner = new JobRunner(plan, resolved);
  const progress = progressLine(io, plan.jobs.length);
  let jobResults: JobResult[];
  if (pool) jobResults = await pool.run(plan, runner, progress?.update);
  else {
    jobResults = [];
    for (let i = 0; i < plan.jobs.length; i++) {
      jobResults.push(runner.run(i));
      progress?.update(i + 1);
    }
  }
  progress?.end();
  const results: FileResult[] = [];
  let failed = false;
  for (let i = 0; i < plan.jobs.length; i++) {
    const job = plan.jobs[i]!;
    const r = jobResults[i]!;
    if (r.error !== undefined) {
      results.push({ file: job.displayName, source: "", findings: [], error: r.error });
      continue;
    }
    results.push({ file: job.displayName, source: r.source, findings: r.findings });
    const config = resolved[job.config]!;
    if (!config.noFail && r.findings.some((f) => failsAt(f.severity, config.failureThreshold))) failed = true;
  }

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

/**
 * "Linting 120/720 files" on stderr while a long run goes on: only when stderr is a terminal and not
 * in CI (io.status is absent otherwise), first shown after a quarter second, redrawn at most ten
 * times a second, erased at the end.
 */
function progressLine(io: Io, total: number): { update(done: number): void; end(): void } | undefined {
  const status = io.status;
  if (!status || total < 2) return undefined;
  const start = performance.now();
  let next = start + 250;
  let shown = false;
  return {
    update(done) {
      const now = performance.now();
      if (now < next) return;
      next = now + 100;
      shown = true;
      status(`shipshape: linting ${done}/${total} files`);
    },
    end() {
      if (shown) status("");
    },
  };
}

/**
 * A build context's .dockerignore (Dockerfile-specific `<name>.dockerignore` first, as BuildKit),
 * each file read at most once; the folder listings say which exist, so a Dockerfile without its
 * own costs no syscall.
 */
class DockerignoreReader {
  private readonly texts = new Map<string, string | null>();
  private readonly contexts = new Map<string, string | null>();

  constructor(private readonly dirNames: DirNames) {}

  read(contextDir: string, dockerfile: string): string | null {
    if (dockerfile !== "-") {
      const own = this.optional(path.dirname(dockerfile), `${path.basename(dockerfile)}.dockerignore`);
      if (own !== null) return own;
    }
    let text = this.contexts.get(contextDir);
    if (text === undefined) {
      text = this.optional(contextDir, ".dockerignore");
      this.contexts.set(contextDir, text);
    }
    return text;
  }

  private optional(dir: string, name: string): string | null {
    const abs = path.resolve(dir);
    if (!this.dirNames.has(abs, name)) return null;
    const file = path.join(abs, name);
    let text = this.texts.get(file);
    if (text === undefined) {
      text = null;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        // not there, or a dangling link: none; anything else is the user's to fix
        if ((error as NodeJS.ErrnoException).code !== "ENOENT")
          throw new UsageError(`${file}: ${describeFsError(error)}`);
      }
      this.texts.set(file, text);
    }
    return text;
  }
}
