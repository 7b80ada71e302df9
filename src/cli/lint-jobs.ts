/**
 * What `shipshape lint` does per file, shared by the main thread and the worker threads: a plan of
 * plain data (cloned into each worker) and a runner that lints one job of it.
 */
import { type ResolvedConfig, resolveConfig } from "../core/lint/config.js";
import { type LintFinding, lint } from "../core/lint/engine.js";
import type { ExternalFinding } from "../core/lint/rule.js";
import { rules } from "../core/rules/index.js";
import type { AnalyzeOptions } from "../core/semantic/model.js";
import type { FileConfig } from "./config-files.js";
import { loadSource } from "./files.js";

export interface LintJob {
  file: string;
  displayName: string;
  /** index into LintPlan.configs */
  config: number;
  /** index into LintPlan.dockerignores */
  dockerignore: number;
  /** a regular file (the search saw it): read without asking its size */
  regular?: boolean;
  /** already read (stdin, or for ShellCheck), or the read error */
  source?: string;
  error?: string;
  external?: ExternalFinding[];
}

export interface LintPlan {
  jobs: LintJob[];
  /** merged configurations (file < environment < flags), one per config file met */
  configs: FileConfig[];
  /** .dockerignore texts, one per distinct file (null: none) */
  dockerignores: (string | null)[];
  analyze: AnalyzeOptions;
}

export interface JobResult {
  source: string;
  findings: LintFinding[];
  error?: string;
}

export class JobRunner {
  private readonly resolved: (ResolvedConfig | undefined)[];

  constructor(
    private readonly plan: LintPlan,
    resolved: (ResolvedConfig | undefined)[] = [],
  ) {
    this.resolved = resolved;
  }

  config(index: number): ResolvedConfig {
    let resolved = this.resolved[index];
    if (!resolved) {
      resolved = resolveConfig(this.plan.configs[index]!, rules);
      this.resolved[index] = resolved;
    }
    return resolved;
  }

  run(i: number): JobResult {
    const job = this.plan.jobs[i]!;
    let { source, error } = job;
    if (source === undefined && error === undefined)
      ({ source, error } = loadSource(job.file, job.displayName, job.regular));
    if (source === undefined) return { source: "", findings: [], error };
    const result = lint(source, {
      config: this.config(job.config),
      buildContext: { dockerignore: this.plan.dockerignores[job.dockerignore] ?? null },
      analyze: this.plan.analyze,
      external: job.external,
    });
    return { source, findings: result.findings };
  }
}
