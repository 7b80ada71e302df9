/** Finds the Dockerfiles named on the command line: files as given, folders searched recursively. */
import {
  closeSync,
  type Dirent,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from "node:fs";
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

function gitignoreAt(dir: string, names: ReadonlySet<string>): Rules | null {
  if (!names.has(".gitignore")) return null;
  try {
    const text = readFileSync(path.join(dir, ".gitignore"), "utf8");
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

/**
 * The names in each folder, read once per run: the folder walk fills it, and config discovery and
 * .dockerignore lookups ask it instead of probing each candidate path with its own syscalls.
 */
export class DirNames {
  private readonly names = new Map<string, ReadonlySet<string> | null>();
  /** Dockerfiles the search saw to be regular files (read without asking their size first). */
  readonly regular = new Set<string>();

  /** Names in an absolute folder; null when it cannot be listed. */
  get(dir: string): ReadonlySet<string> | null {
    let names = this.names.get(dir);
    if (names === undefined) {
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = null;
      }
      this.names.set(dir, names);
    }
    return names;
  }

  set(dir: string, names: ReadonlySet<string>): void {
    this.names.set(dir, names);
  }

  /**
   * Whether `name` is listed in the absolute folder `dir` (a folder that cannot be listed, such as
   * one with execute but no read permission, is probed directly).
   */
  has(dir: string, name: string): boolean {
    const names = this.get(dir);
    return names ? names.has(name) : existsSync(path.join(dir, name));
  }
}

function walk(dir: string, rules: Rules[], out: string[], dirNames: DirNames): void {
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true });
  const names = new Set<string>();
  for (const e of entries) names.add(e.name);
  dirNames.set(dir, names);
  const own = gitignoreAt(dir, names);
  const active = own ? [...rules, own] : rules;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || ignored(active, p, true)) continue;
      walk(p, active, out, dirNames);
    } else if ((e.isFile() || e.isSymbolicLink()) && isDockerfileName(e.name) && !ignored(active, p, false)) {
      out.push(p);
      if (e.isFile()) dirNames.regular.add(p);
    }
  }
}

/**
 * Expands paths: a file is taken as given (whatever its name), a folder is searched. `-` stays as
 * is (stdin). Throws UsageError naming the path when it does not exist. Synchronous: the walk is
 * many small readdir calls, cheaper without a promise per call.
 */
export function findDockerfiles(paths: string[], dirNames: DirNames = new DirNames()): string[] {
  const out: string[] = [];
  const cwd = process.cwd();
  for (const p of paths) {
    if (p === "-") {
      out.push(p);
      continue;
    }
    let s: ReturnType<typeof statSync>;
    try {
      s = statSync(p);
    } catch (error) {
      throw new UsageError(`${p}: ${describeFsError(error)}`);
    }
    if (s.isDirectory()) {
      const before = out.length;
      const root = path.resolve(p);
      walk(root, [], out, dirNames);
      // Every file found lies under root. Unless cwd lies strictly inside root, a file's path from
      // cwd is root's plus the rest: one path.relative per folder argument, not one per file.
      const relRoot = path.relative(cwd, root);
      const back = path.relative(root, cwd);
      const cwdInside =
        back !== "" && back !== ".." && !back.startsWith(`..${path.sep}`) && !path.isAbsolute(back);
      const restAt = root.endsWith(path.sep) ? root.length : root.length + 1; // after "/" or "dir/"
      for (let i = before; i < out.length; i++) {
        const abs = out[i]!;
        const rel = (cwdInside ? path.relative(cwd, abs) : path.join(relRoot, abs.slice(restAt))) || abs;
        if (rel !== abs && dirNames.regular.delete(abs)) dirNames.regular.add(rel);
        out[i] = rel;
      }
    } else {
      out.push(p);
      if (s.isFile()) dirNames.regular.add(p);
    }
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
  return readTextSync(file);
}

const decoder = new TextDecoder("utf-8");
let buffer = Buffer.allocUnsafe(256 * 1024);

/**
 * Reads a file (not stdin) as UTF-8 text, synchronously (cheaper than a promise per small file).
 * A regular file is read with open, read and close into a reused buffer: a short read is its end,
 * so no fstat for the size and no extra read for EOF (syscalls are dear in a VM); anything else
 * (a FIFO, /dev/fd/N) is read until a read returns nothing.
 */
export function readTextSync(file: string, regular = false): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      length += n;
      if (n === 0 || (regular && length < buffer.length)) break;
    }
    return decoder.decode(buffer.subarray(0, length));
  } catch (error) {
    throw new UsageError(`${file}: ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A linted file's text, or the error to report for it (unreadable, or binary). */
export function loadSource(
  file: string,
  displayName: string,
  regular = false,
): { source?: string; error?: string } {
  let text: string;
  try {
    text = readTextSync(file, regular);
  } catch (error) {
    return { error: (error as Error).message };
  }
  // NUL bytes never occur in a Dockerfile: report a binary file once instead of line by line
  if (text.includes("\u0000")) return { error: `${displayName}: binary file, not a Dockerfile` };
  return { source: text };
}
