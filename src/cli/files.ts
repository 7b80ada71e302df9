/** Finds the Dockerfiles named on the command line: files as given, folders searched recursively. */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn"]);

/**
 * Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*, and names ending in Dockerfile such as
 * `api-Dockerfile` or `ab_Dockerfile` (case-insensitive); never `*.dockerignore`.
 */
export function isDockerfileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith(".dockerignore")) return false;
  return (
    lower.endsWith("dockerfile") ||
    lower.endsWith("containerfile") ||
    lower.startsWith("dockerfile.") ||
    lower.startsWith("containerfile.")
  );
}

export class UsageError extends Error {}

interface Rules {
  base: string;
  ig: Ignore;
}

async function gitignoreAt(dir: string): Promise<Rules | null> {
  try {
    const text = await readFile(path.join(dir, ".gitignore"), "utf8");
    return { base: dir, ig: ignore().add(text) };
  } catch {
    return null;
  }
}

function ignored(rules: Rules[], file: string, isDir: boolean): boolean {
  for (const r of rules) {
    const rel = path.relative(r.base, file).split(path.sep).join("/");
    if (rel && !rel.startsWith("..") && r.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

async function walk(dir: string, rules: Rules[], out: string[]): Promise<void> {
  const own = await gitignoreAt(dir);
  const active = own ? [...rules, own] : rules;
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || ignored(active, p, true)) continue;
      await walk(p, active, out);
    } else if ((e.isFile() || e.isSymbolicLink()) && isDockerfileName(e.name) && !ignored(active, p, false)) {
      out.push(p);
    }
  }
}

/**
 * Expands paths: a file is taken as given (whatever its name), a folder is searched. `-` stays as
 * is (stdin). Throws UsageError naming the path when it does not exist.
 */
export async function findDockerfiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === "-") {
      out.push(p);
      continue;
    }
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(p);
    } catch (error) {
      throw new UsageError(`${p}: ${describeFsError(error)}`);
    }
    if (s.isDirectory()) {
      const before = out.length;
      await walk(path.resolve(p), [], out);
      for (let i = before; i < out.length; i++) out[i] = path.relative(process.cwd(), out[i]!) || out[i]!;
    } else out.push(p);
  }
  return [...new Set(out)];
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file (or stdin for `-`) as UTF-8 text. */
export async function readText(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
  }
  try {
    return new TextDecoder("utf-8").decode(await readFile(file));
  } catch (error) {
    throw new UsageError(`${file}: ${describeFsError(error)}`);
  }
}
