/**
 * Shared argv handling for command models: unwrapping `sudo`/`env`/`exec`/... prefixes and path
 * prefixes, and one flag parser driven by a small declarative spec per tool (every spelling of a
 * flag maps to one canonical name; short clusters like `-qy`; `--x=v`, `--x v`, `-o v`, `--`).
 */
import type { SimpleCommand, Word } from "../types.js";

export interface FlagSpec {
  /** canonical name -> spellings, e.g. { yes: ["-y", "--yes", "--assume-yes"] } */
  flags: Record<string, string[]>;
  /** canonical names that take a value */
  withValue?: string[];
}

export interface ParsedFlag {
  name: string;
  word: Word;
  value?: Word;
}

export interface ParsedArgs {
  flags: ParsedFlag[];
  positionals: Word[];
  /** flags not in the spec, as written */
  unknown: Word[];
}

interface CompiledSpec {
  bySpelling: Map<string, string>;
  withValue: Set<string>;
}

const compiled = new WeakMap<FlagSpec, CompiledSpec>();

function compile(spec: FlagSpec): CompiledSpec {
  let c = compiled.get(spec);
  if (!c) {
    const bySpelling = new Map<string, string>();
    for (const [name, spellings] of Object.entries(spec.flags))
      for (const s of spellings) bySpelling.set(s, name);
    c = { bySpelling, withValue: new Set(spec.withValue ?? []) };
    compiled.set(spec, c);
  }
  return c;
}

export function parseArgs(words: readonly Word[], spec: FlagSpec): ParsedArgs {
  const { bySpelling, withValue } = compile(spec);
  const out: ParsedArgs = { flags: [], positionals: [], unknown: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const v = word.value;
    if (v === null || !v.startsWith("-") || v === "-") {
      out.positionals.push(word);
      continue;
    }
    if (v === "--") {
      out.positionals.push(...words.slice(i + 1));
      break;
    }
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      const spelling = eq === -1 ? v : v.slice(0, eq);
      const name = bySpelling.get(spelling);
      if (!name) {
        out.unknown.push(word);
        continue;
      }
      if (eq !== -1) {
        const valueText = v.slice(eq + 1);
        out.flags.push({ name, word, value: { ...word, value: valueText, raw: valueText } });
      } else if (withValue.has(name) && i + 1 < words.length) {
        out.flags.push({ name, word, value: words[++i] });
      } else out.flags.push({ name, word });
      continue;
    }
    // short flags: exact spelling first (e.g. `-qq`), else a cluster
    const exact = bySpelling.get(v);
    if (exact) {
      if (withValue.has(exact) && i + 1 < words.length)
        out.flags.push({ name: exact, word, value: words[++i] });
      else out.flags.push({ name: exact, word });
      continue;
    }
    let known = false;
    for (let k = 1; k < v.length; k++) {
      const name = bySpelling.get(`-${v[k]}`);
      if (!name) continue;
      known = true;
      if (withValue.has(name)) {
        const rest = v.slice(k + 1);
        if (rest) out.flags.push({ name, word, value: { ...word, value: rest, raw: rest } });
        else if (i + 1 < words.length) out.flags.push({ name, word, value: words[++i] });
        else out.flags.push({ name, word });
        break;
      }
      out.flags.push({ name, word });
    }
    if (!known) out.unknown.push(word);
  }
  return out;
}

export function hasFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.some((f) => f.name === name);
}

export function flagValue(args: ParsedArgs, name: string): Word | undefined {
  return args.flags.find((f) => f.name === name)?.value;
}

/** `/usr/bin/apt-get` -> `apt-get` */
export function baseName(value: string): string {
  const slash = value.lastIndexOf("/");
  return slash === -1 ? value : value.slice(slash + 1);
}

export interface Invocation {
  /** the command run, after the wrappers */
  name: string;
  nameWord: Word;
  args: Word[];
  /** the wrappers removed, e.g. ["sudo"] */
  wrappers: string[];
  command: SimpleCommand;
}

const WRAPPERS: Record<string, FlagSpec> = {
  sudo: {
    flags: {
      user: ["-u", "--user"],
      group: ["-g", "--group"],
      preserve: ["-E", "-H", "-n", "-S", "-i", "-s"],
    },
    withValue: ["user", "group"],
  },
  env: { flags: { ignore: ["-i", "-"], unset: ["-u", "--unset"] }, withValue: ["unset"] },
  exec: { flags: { a: ["-a"], c: ["-c"], l: ["-l"] }, withValue: ["a"] },
  nice: { flags: { n: ["-n", "--adjustment"] }, withValue: ["n"] },
  nohup: { flags: {} },
  time: { flags: { p: ["-p"] } },
  command: { flags: { p: ["-p"] } },
  gosu: { flags: {} },
  "su-exec": { flags: {} },
};

/** The command a SimpleCommand really runs, with `sudo -E`, `env A=1`, `exec`, ... removed. */
export function invocation(command: SimpleCommand): Invocation | undefined {
  let words = command.argv;
  const wrappers: string[] = [];
  for (let guard = 0; guard < 5 && words.length > 0; guard++) {
    const first = words[0]!.value;
    if (first === null) return undefined;
    const name = baseName(first);
    const spec = WRAPPERS[name];
    if (!spec) break;
    wrappers.push(name);
    let rest = words.slice(1);
    // flags of the wrapper, then (env) assignments, then (gosu/su-exec) the user
    const parsed = parseArgs(rest, spec);
    const firstPositional = parsed.positionals[0];
    rest = firstPositional ? rest.slice(rest.indexOf(firstPositional)) : [];
    if (name === "env") while (rest[0]?.value?.includes("=")) rest = rest.slice(1);
    if (name === "gosu" || name === "su-exec") rest = rest.slice(1);
    words = rest;
  }
  const nameWord = words[0];
  if (!nameWord || nameWord.value === null) return undefined;
  return { name: baseName(nameWord.value), nameWord, args: words.slice(1), wrappers, command };
}
