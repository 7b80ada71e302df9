/**
 * Runs the `shellcheck` executable (when on PATH) over RUN scripts of many files at once, and maps
 * its findings back to exact Dockerfile ranges. Absent binary: null (the caller says so once).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExternalFinding } from "../core/lint/rule.js";
import { type ShellcheckScript, scriptRange } from "../core/lint/shellcheck-scripts.js";
import type { Severity } from "../core/report/types.js";

/** Never useful in a Dockerfile: ash dialect warnings, source-following. */
const EXCLUDED = ["SC2187", "SC1090", "SC1091"];
const LEVELS: Record<string, Severity> = { error: "error", warning: "warning", info: "info", style: "style" };
const BATCH = 400;

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

/** Findings per script, in the order given. */
export function runShellcheck(scripts: ShellcheckScript[]): ExternalFinding[][] {
  const out: ExternalFinding[][] = scripts.map(() => []);
  if (scripts.length === 0) return out;
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-sc-"));
  try {
    for (let from = 0; from < scripts.length; from += BATCH) {
      const files: string[] = [];
      for (let i = from; i < Math.min(from + BATCH, scripts.length); i++) {
        const file = path.join(dir, `${i}.sh`);
        writeFileSync(file, scripts[i]!.script);
        files.push(file);
      }
      const r = spawnSync("shellcheck", ["-f", "json1", "-e", EXCLUDED.join(","), ...files], {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      });
      if (r.error || !r.stdout) continue;
      let parsed: Json1;
      try {
        parsed = JSON.parse(r.stdout) as Json1;
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
