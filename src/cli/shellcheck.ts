/**
 * Runs the `shellcheck` executable (when on PATH) over RUN scripts of many files at once, and maps
 * its findings back to exact Dockerfile ranges. Absent binary: null (the caller says so once).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExternalFinding } from "../core/lint/rule.js";
import { type ShellcheckScript, scriptRange } from "../core/lint/shellcheck-scripts.js";
import type { Severity } from "../core/report/types.js";

/** Never useful in a Dockerfile: ash dialect warnings, source-following. */
const EXCLUDED = ["SC2187", "SC1090", "SC1091"];
const LEVELS: Record<string, Severity> = { error: "error", warning: "warning", info: "info", style: "style" };
/** Scripts per shellcheck process: at most BATCH, fewer to keep every core busy (not under MIN_BATCH). */
const BATCH = 400;
const MIN_BATCH = 50;

interface Json1 {
  comments: {
    file: string;
    line: number;
    endLine: number;
    column: number;
    endColumn: number;
    level: string;
    code: number;
    message: string;
  }[];
}

export function shellcheckAvailable(): boolean {
  const r = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
  return r.status === 0;
}

/** Runs one shellcheck process; its stdout, or null when it could not run. */
function shellcheck(files: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn("shellcheck", ["-f", "json1", "-e", EXCLUDED.join(","), ...files], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", () => resolve(null));
    child.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

/**
 * Findings per script, in the order given. The scripts go in batches to shellcheck processes, as
 * many at once as there are cores (ShellCheck checks each file on its own, so the batching never
 * changes a finding).
 */
export async function runShellcheck(scripts: ShellcheckScript[]): Promise<ExternalFinding[][]> {
  const out: ExternalFinding[][] = scripts.map(() => []);
  if (scripts.length === 0) return out;
  const cores = os.availableParallelism();
  const batches = Math.max(
    Math.ceil(scripts.length / BATCH),
    Math.min(cores, Math.ceil(scripts.length / MIN_BATCH)),
  );
  const size = Math.ceil(scripts.length / batches);
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-sc-"));
  try {
    const pending: string[][] = [];
    for (let from = 0; from < scripts.length; from += size) {
      const files: string[] = [];
      for (let i = from; i < Math.min(from + size, scripts.length); i++) {
        const file = path.join(dir, `${i}.sh`);
        writeFileSync(file, scripts[i]!.script);
        files.push(file);
      }
      pending.push(files);
    }
    const outputs: (string | null)[] = new Array(pending.length).fill(null);
    let next = 0;
    const lane = async () => {
      while (next < pending.length) {
        const n = next++;
        outputs[n] = await shellcheck(pending[n]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(cores, pending.length) }, lane));
    for (const stdout of outputs) {
      if (!stdout) continue;
      let parsed: Json1;
      try {
        parsed = JSON.parse(stdout) as Json1;
      } catch {
        continue;
      }
      for (const c of parsed.comments) {
        const index = Number(path.basename(c.file, ".sh"));
        const script = scripts[index];
        if (!script || c.line <= script.headerLines) continue;
        out[index]!.push({
          code: `SC${c.code}`,
          severity: LEVELS[c.level] ?? "warning",
          message: c.message,
          range: scriptRange(script, c.line, c.column, c.endLine, c.endColumn),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
