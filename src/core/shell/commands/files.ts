/** chmod/chown/chgrp, cd and rm as rules need them. */
import type { Word } from "../types.js";
import { type FlagSpec, type Invocation, type ParsedArgs, parseArgs } from "./argv.js";

const CHMOD: FlagSpec = {
  flags: {
    recursive: ["-R", "--recursive"],
    silent: ["-f", "--silent", "--quiet"],
    verbose: ["-v", "--verbose"],
    changes: ["-c", "--changes"],
    reference: ["--reference"],
    "preserve-root": ["--preserve-root"],
    "no-preserve-root": ["--no-preserve-root"],
  },
};
const CHOWN: FlagSpec = {
  flags: {
    recursive: ["-R", "--recursive"],
    silent: ["-f", "--silent", "--quiet"],
    verbose: ["-v", "--verbose"],
    changes: ["-c", "--changes"],
    "no-dereference": ["-h", "--no-dereference"],
    dereference: ["--dereference"],
    from: ["--from"],
    reference: ["--reference"],
    H: ["-H"],
    L: ["-L"],
    P: ["-P"],
  },
  withValue: ["from"],
};
const RM: FlagSpec = {
  flags: {
    recursive: ["-r", "-R", "--recursive"],
    force: ["-f", "--force"],
    interactive: ["-i", "-I", "--interactive"],
    verbose: ["-v", "--verbose"],
    dir: ["-d", "--dir"],
    "one-file-system": ["--one-file-system"],
    "no-preserve-root": ["--no-preserve-root"],
    "preserve-root": ["--preserve-root"],
  },
};
const CD: FlagSpec = { flags: { logical: ["-L"], physical: ["-P"], e: ["-e"], "@": ["-@"] } };

const OCTAL = /^[0-7]{1,5}$/;
const SYMBOLIC = /^[ugoa]*(?:[-+=][rwxXstugo]*)+(?:,[ugoa]*(?:[-+=][rwxXstugo]*)+)*$/;

/** An octal (`755`, `0644`) or symbolic (`u+x`, `go-w`, `a=rX,u+w`, `-x`) chmod mode. */
export function isMode(text: string): boolean {
  return OCTAL.test(text) || SYMBOLIC.test(text);
}

/**
 * Whether a mode leaves the others-write bit set: octal with bit 0o002 (`777`, `0666`, `1777`, `7`),
 * or symbolic clauses that, applied in order, end with `w` granted to `o` or `a`
 * (`o+w`, `a=rwx`, `ugo+rwx`, but not `o+w,o-w`). A clause without a who (`+w`, `=rwx`) is
 * filtered by the umask, 022 in image builds, so it does not grant others write.
 */
export function isWorldWritable(mode: string): boolean {
  if (OCTAL.test(mode)) return (Number.parseInt(mode, 8) & 0o002) !== 0;
  if (!SYMBOLIC.test(mode)) return false;
  let othersWrite: boolean | undefined;
  for (const clause of mode.split(",")) {
    const who = /^[ugoa]*/.exec(clause)![0];
    if (!who.includes("o") && !who.includes("a")) continue;
    for (const m of clause.slice(who.length).matchAll(/([-+=])([rwxXstugo]*)/g)) {
      const [, op, perms = ""] = m;
      const w = perms.includes("w");
      if (op === "+") othersWrite = w ? true : othersWrite;
      else if (op === "-") othersWrite = w ? false : othersWrite;
      else othersWrite = w;
    }
  }
  return othersWrite === true;
}

/** The sticky bit: `1777`, `+t`, `o+t`. */
export function isSticky(mode: string): boolean {
  if (OCTAL.test(mode)) return (Number.parseInt(mode, 8) & 0o1000) !== 0;
  return SYMBOLIC.test(mode) && /[+=][rwxXsugo]*t/.test(mode);
}

export interface ModeChange {
  tool: "chmod" | "chown" | "chgrp";
  /** chmod: the mode word; chown: `user[:group]`; chgrp: the group (absent with `--reference`) */
  spec?: Word;
  targets: Word[];
  recursive: boolean;
  args: ParsedArgs;
  /** chmod only: the mode grants write to others (see isWorldWritable) */
  worldWritable: boolean;
  /** chmod only: sets the sticky bit */
  sticky: boolean;
  /** chown: the user part; chown/chgrp: the group part (static text; null when dynamic) */
  owner?: string | null;
  group?: string | null;
  invocation: Invocation;
}

export function modeChange(inv: Invocation): ModeChange | undefined {
  const tool = inv.name;
  if (tool !== "chmod" && tool !== "chown" && tool !== "chgrp") return undefined;
  let words = inv.args;
  let modeWord: Word | undefined;
  if (tool === "chmod") {
    // a mode may look like an option (`chmod -x file`): the first word that is a mode and not
    // one of chmod's own flags (`-R`, `-f`, `-v`, `-c`) is the mode
    const i = words.findIndex((w) => w.value !== null && !/^-[Rfvc]+$/.test(w.value) && isMode(w.value));
    const firstOperand = words.findIndex((w) => w.value === null || !w.value.startsWith("-"));
    if (i !== -1 && (firstOperand === -1 || i <= firstOperand)) {
      modeWord = words[i];
      words = [...words.slice(0, i), ...words.slice(i + 1)];
    }
  }
  const args = parseArgs(words, tool === "chmod" ? CHMOD : CHOWN);
  const reference = args.flags.some((f) => f.name === "reference");
  let targets = args.positionals;
  let spec = modeWord;
  if (!spec && !reference) {
    spec = targets[0];
    targets = targets.slice(1);
  }
  const mode = tool === "chmod" ? spec?.value : undefined;
  const out: ModeChange = {
    tool,
    targets,
    recursive: args.flags.some((f) => f.name === "recursive"),
    args,
    worldWritable: mode != null && isWorldWritable(mode),
    sticky: mode != null && isSticky(mode),
    invocation: inv,
  };
  if (spec) out.spec = spec;
  if (spec && tool !== "chmod") {
    const text = spec.value;
    if (tool === "chgrp") out.group = text;
    else if (text === null) {
      out.owner = null;
      out.group = null;
    } else {
      const sep = text.search(/[:.]/);
      out.owner = sep === -1 ? text : text.slice(0, sep);
      if (sep !== -1) out.group = text.slice(sep + 1);
    }
  }
  return out;
}

export interface ChangeDirectory {
  /** the directory (absent for `cd` alone, which goes home) */
  target?: Word;
  invocation: Invocation;
}

export function changeDirectory(inv: Invocation): ChangeDirectory | undefined {
  if (inv.name !== "cd" && inv.name !== "pushd") return undefined;
  const target = parseArgs(inv.args, CD).positionals[0];
  return target ? { target, invocation: inv } : { invocation: inv };
}

/** Package-manager cache directories (`~` is any home: `~`, `$HOME`, `/root`, `/home/<user>`). */
export const CACHE_DIRS: readonly { key: string; path: string }[] = [
  { key: "apt", path: "/var/lib/apt/lists" },
  { key: "apt", path: "/var/cache/apt" },
  { key: "apt", path: "/var/cache/apt/archives" },
  { key: "apk", path: "/var/cache/apk" },
  { key: "apk", path: "/etc/apk/cache" },
  { key: "yum", path: "/var/cache/yum" },
  { key: "yum", path: "/var/cache/dnf" },
  { key: "yum", path: "/var/cache/libdnf5" },
  { key: "zypper", path: "/var/cache/zypp" },
  { key: "pip", path: "~/.cache/pip" },
  { key: "uv", path: "~/.cache/uv" },
  { key: "poetry", path: "~/.cache/pypoetry" },
  { key: "npm", path: "~/.npm" },
  { key: "npm", path: "~/.npm/_cacache" },
  { key: "yarn", path: "~/.cache/yarn" },
  { key: "yarn", path: "/usr/local/share/.cache/yarn" },
  { key: "yarn", path: "~/.yarn/berry/cache" },
  { key: "pnpm", path: "~/.local/share/pnpm/store" },
  { key: "pnpm", path: "~/.cache/pnpm" },
  { key: "bun", path: "~/.bun/install/cache" },
  { key: "go", path: "~/go/pkg/mod" },
  { key: "go", path: "/go/pkg/mod" },
  { key: "go", path: "~/.cache/go-build" },
  { key: "cargo", path: "~/.cargo/registry" },
  { key: "cargo", path: "~/.cargo/git" },
  { key: "cargo", path: "/usr/local/cargo/registry" },
  { key: "gem", path: "/usr/local/bundle/cache" },
  { key: "composer", path: "~/.composer/cache" },
  { key: "composer", path: "~/.cache/composer" },
  { key: "tmp", path: "/tmp" },
  { key: "tmp", path: "/var/tmp" },
];

/**
 * A path as the cache table spells it: home prefixes as `~`, no quotes, no trailing `/`, and a
 * last segment with glob characters dropped (`/var/lib/apt/lists/*` -> `/var/lib/apt/lists`,
 * `/var/cache/apt/archives/*.deb` -> `/var/cache/apt/archives`).
 */
export function normalizePath(text: string): string {
  let p = text.replace(/["']/g, "");
  p = p.replace(/^(~[^/]*|\$HOME|\$\{HOME\}|\/root|\/home\/[^/]+)(?=\/|$)/, "~");
  p = p.replace(/\/{2,}/g, "/");
  for (;;) {
    const before = p;
    p = p.replace(/\/$/, "");
    const slash = p.lastIndexOf("/");
    if (slash !== -1 && /[*?[]/.test(p.slice(slash + 1))) p = p.slice(0, slash);
    if (p === before) return p;
  }
}

/** The cache keys (`apt`, `pip`, ...) whose directory a path is, or contains. */
export function cachesCleanedBy(path: string): string[] {
  const p = normalizePath(path);
  if (p === "" || p === "/" || p === "~" || !p.includes("/")) return [];
  const keys: string[] = [];
  for (const c of CACHE_DIRS) {
    if ((c.path === p || c.path.startsWith(`${p}/`)) && !keys.includes(c.key)) keys.push(c.key);
  }
  return keys;
}

export interface Removal {
  paths: Word[];
  recursive: boolean;
  force: boolean;
  args: ParsedArgs;
  /** the cache keys (`apt`, `apk`, `yum`, `pip`, `npm`, `yarn`, `tmp`, ...) whose directories these paths remove */
  cleans: Set<string>;
  invocation: Invocation;
}

const looseText = (w: Word): string => w.value ?? w.pattern ?? w.raw;

export function removal(inv: Invocation): Removal | undefined {
  if (inv.name !== "rm") return undefined;
  const args = parseArgs(inv.args, RM);
  const cleans = new Set<string>();
  for (const p of args.positionals) for (const key of cachesCleanedBy(looseText(p))) cleans.add(key);
  return {
    paths: args.positionals,
    recursive: args.flags.some((f) => f.name === "recursive"),
    force: args.flags.some((f) => f.name === "force"),
    args,
    cleans,
    invocation: inv,
  };
}
