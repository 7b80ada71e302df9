/**
 * .dockerignore matching with the semantics of Docker's `moby/patternmatcher` (and its
 * `ignorefile.ReadAll`): one pattern per line, `#` comments, surrounding blanks trimmed, `!`
 * re-includes, patterns cleaned like `filepath.Clean` with a leading `/` dropped; `*` and `?` stop
 * at `/`, `**` crosses directories, `\` escapes, `[...]` classes; a pattern matches a path or, in
 * `matchesOrParentMatches`, one of its parent directories; the last matching pattern wins.
 */

export interface IgnorePattern {
  /** cleaned pattern, without `!` */
  pattern: string;
  exclusion: boolean;
  regex: RegExp;
}

/** Go's path.Clean. */
export function cleanPath(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else out.push(part);
  }
  const joined = out.join("/");
  return rooted ? `/${joined}` : joined || ".";
}

const REGEX_SPECIAL = new Set([".", "+", "(", ")", "|", "{", "}", "$", "^"]);

function compile(pattern: string): RegExp {
  let re = "^";
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === "*") {
      if (chars[i + 1] === "*") {
        i++;
        if (chars[i + 1] === "/") i++;
        re += i + 1 >= chars.length ? ".*" : "(.*/)?";
      } else re += "[^/]*";
    } else if (ch === "?") re += "[^/]";
    else if (REGEX_SPECIAL.has(ch)) re += `\\${ch}`;
    else if (ch === "\\") {
      if (i + 1 < chars.length) {
        const next = chars[++i]!;
        re += /[A-Za-z0-9]/.test(next) ? next : `\\${next}`;
      } else re += "\\\\";
    } else re += ch;
  }
  re += "$";
  try {
    return new RegExp(re, "u");
  } catch {
    return /(?!)/;
  }
}

/** Parses the text of a .dockerignore file. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (const line of lines) {
    if (line.startsWith("#")) continue;
    let pattern = line.trim();
    if (pattern === "") continue;
    const exclusion = pattern.startsWith("!");
    if (exclusion) pattern = pattern.slice(1).trim();
    if (pattern === "") continue;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
    out.push({ pattern, exclusion, regex: compile(pattern) });
  }
  return out;
}

/** patternmatcher's MatchesOrParentMatches, also returning the index of the pattern that decided it. */
export function matchesOrParentMatches(
  patterns: IgnorePattern[],
  file: string,
): { matched: boolean; by: number } {
  let matched = false;
  let by = -1;
  const slash = file.lastIndexOf("/");
  const parent = slash === -1 ? "." : file.slice(0, slash);
  const parentDirs = parent.split("/");
  patterns.forEach((p, index) => {
    if (p.exclusion !== matched) return;
    let match = p.regex.test(file);
    if (!match && parent !== ".") {
      for (let i = 0; i < parentDirs.length && !match; i++)
        match = p.regex.test(parentDirs.slice(0, i + 1).join("/"));
    }
    if (match) {
      matched = !p.exclusion;
      by = index;
    }
  });
  return { matched, by };
}

const WILDCARD = /[*?[\\]/;

/** One path component against one pattern component, either of which may hold wildcards. */
function componentsMayOverlap(a: string, b: string): boolean {
  const aw = WILDCARD.test(a);
  const bw = WILDCARD.test(b);
  if (a.includes("**") || b.includes("**")) return true;
  if (!aw && !bw) return a === b;
  if (aw && bw) return true;
  return aw ? compile(a).test(b) : compile(b).test(a);
}

/**
 * Whether the exclusion pattern may re-include the source path (a glob) or something below it:
 * their components agree as far as both go.
 */
export function mayReinclude(source: string, exclusion: string): boolean {
  if (source === "." || source === "") return true;
  const s = source.split("/");
  const e = exclusion.split("/");
  for (let i = 0; i < Math.min(s.length, e.length); i++) {
    if (e[i]!.includes("**") || s[i]!.includes("**")) return true;
    if (!componentsMayOverlap(s[i]!, e[i]!)) return false;
  }
  return true;
}

/** BuildKit: the context root is reported only when a pattern excludes every entry of the root. */
export function rootIgnored(patterns: IgnorePattern[]): boolean {
  return patterns.some(
    (p) => !p.exclusion && (p.pattern === "*" || p.pattern === "**" || p.pattern === "**/*"),
  );
}

/**
 * Whether copying `source` (a cleaned context path, possibly a glob) copies only excluded files:
 * it matches an exclusion, and no later `!` pattern can bring back it or a path below it.
 */
export function isIgnored(patterns: IgnorePattern[], source: string): boolean {
  if (source === "." || source === "/") {
    if (!rootIgnored(patterns)) return false;
    let last = -1;
    patterns.forEach((p, i) => {
      if (!p.exclusion && (p.pattern === "*" || p.pattern === "**" || p.pattern === "**/*")) last = i;
    });
    return !patterns.slice(last + 1).some((p) => p.exclusion);
  }
  const { matched, by } = matchesOrParentMatches(patterns, source);
  if (!matched) return false;
  return !patterns.slice(by + 1).some((p) => p.exclusion && mayReinclude(source, p.pattern));
}
