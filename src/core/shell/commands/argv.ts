/**
 * Shared argv handling for command models: one flag parser driven by a small declarative spec per
 * tool (every spelling of a flag maps to one canonical name; short clusters like `-qy`; `--x=v`,
 * `--x v`, `-ov`, `-o v`; `--` ends the options), and unwrapping of `sudo`/`env`/`exec`/`nice`/
 * `time`/... prefixes and path prefixes (`/usr/bin/apt-get`).
 */
import type { SimpleCommand, Word } from "../types.js";

export interface FlagSpec {
  /** canonical name -> spellings, e.g. `{ yes: ["-y", "--yes", "--assume-yes"] }` */
  flags: Record<string, string[]>;
  /** canonical names that take a value (`-o v`, `-ov`, `--opt v`, `--opt=v`) */
  withValue?: string[];
  /** single-dash long options (Go's `-ldflags`): no clusters of short flags */
  noClusters?: boolean;
}

export interface ParsedFlag {
  /** canonical name */
  name: string;
  /** the word the flag is in (for a cluster `-qy`, the whole cluster) */
  word: Word;
  /** its value: the next word, or the part after `=` (or after the letter in `-ofile`) */
  value?: Word;
}

export interface ParsedArgs {
  flags: ParsedFlag[];
  /** operands, in order (everything after `--` too) */
  positionals: Word[];
  /** option words not in the spec, as written (a cluster with an unknown letter too) */
  unknown: Word[];
}

export interface ParseOptions {
  /** options end at the first operand (wrappers such as `sudo`, POSIX utilities): the rest are positionals */
  stopAtPositional?: boolean;
}

interface CompiledSpec {
  bySpelling: Map<string, string>;
  withValue: Set<string>;
  noClusters: boolean;
}

const compiled = new WeakMap<FlagSpec, CompiledSpec>();

function compile(spec: FlagSpec): CompiledSpec {
  let c = compiled.get(spec);
  if (!c) {
    const bySpelling = new Map<string, string>();
    for (const [name, spellings] of Object.entries(spec.flags))
      for (const s of spellings) bySpelling.set(s, name);
    c = { bySpelling, withValue: new Set(spec.withValue ?? []), noClusters: spec.noClusters === true };
    compiled.set(spec, c);
  }
  return c;
}

/**
 * The text options are read from: the static value, else the glob pattern, else (unquoted) the
 * text as written, so `--tag=$V` is still recognised as `--tag` with a dynamic value.
 */
function optionText(word: Word): string | null {
  return word.value ?? word.pattern ?? (word.quoted ? null : word.raw);
}

/**
 * The part of a word from `from` on (the value in `--opt=value`, `-ovalue`). Its range is exact
 * when the word is written as it reads (no quotes, escapes or continuation inside), else the
 * whole word's.
 */
export function subWord(word: Word, from: number): Word {
  const text = optionText(word) ?? word.raw;
  const rest = text.slice(from);
  const exact = text === word.raw && word.range.end - word.range.start === word.raw.length;
  const dynamic = word.value === null && word.pattern === undefined;
  const out: Word = {
    value: word.value === null ? null : rest,
    raw: exact ? word.raw.slice(from) : rest,
    range: exact ? { start: word.range.start + from, end: word.range.end } : word.range,
    quoted: word.quoted,
  };
  if (word.pattern !== undefined) out.pattern = rest;
  // `--opt=$X`: the tail of a dynamic word is dynamic unless it is plain text
  if (dynamic && /^[A-Za-z0-9_./:@%+,=-]*$/.test(rest)) out.value = rest;
  return out;
}

export function parseArgs(words: readonly Word[], spec: FlagSpec, options?: ParseOptions): ParsedArgs {
  const { bySpelling, withValue, noClusters } = compile(spec);
  const out: ParsedArgs = { flags: [], positionals: [], unknown: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // optionText(word), inline: one call fewer per word on the cold path
    const text = word.value ?? word.pattern ?? (word.quoted ? null : word.raw);
    if (text === null || text.length < 2 || text[0] !== "-") {
      if (options?.stopAtPositional) {
        for (let k = i; k < words.length; k++) out.positionals.push(words[k]!);
        break;
      }
      out.positionals.push(word);
      continue;
    }
    if (text === "--") {
      for (let k = i + 1; k < words.length; k++) out.positionals.push(words[k]!);
      break;
    }
    /** a flag that takes the next word as its value, if the spec says it has one */
    let next = bySpelling.get(text); // the whole word first: `-qq`, `-nv`, `--setopt=install_weak_deps=False`
    if (next === undefined) {
      const eq = text.indexOf("=");
      if (text[1] === "-" || noClusters) {
        const name = bySpelling.get(eq === -1 ? text : text.slice(0, eq));
        if (!name) out.unknown.push(word);
        else if (eq !== -1) out.flags.push({ name, word, value: subWord(word, eq + 1) });
        else next = name;
      } else {
        // a cluster of short flags; a flag with a value takes the rest of the word, or the next word
        let unknown = false;
        for (let k = 1; k < text.length; k++) {
          const name = bySpelling.get(`-${text[k]}`);
          if (!name) {
            unknown = true;
            continue;
          }
          if (withValue.has(name)) {
            if (k + 1 < text.length) out.flags.push({ name, word, value: subWord(word, k + 1) });
            else next = name;
            break;
          }
          out.flags.push({ name, word });
        }
        if (unknown) out.unknown.push(word);
      }
    }
    if (next !== undefined) {
      if (withValue.has(next) && i + 1 < words.length)
        out.flags.push({ name: next, word, value: words[++i] });
      else out.flags.push({ name: next, word });
    }
  }
  return out;
}

/** Anything with parsed flags: ParsedArgs itself, or a command model (`{ args }`). */
export type HasFlags = ParsedArgs | { args: ParsedArgs };

const argsOf = (x: HasFlags): ParsedArgs => ("args" in x ? x.args : x);

/** Whether a flag (by canonical name) is given, in any spelling. */
export function hasFlag(x: HasFlags, name: string): boolean {
  return argsOf(x).flags.some((f) => f.name === name);
}

/** The flag's first occurrence (its word and value). */
export function getFlag(x: HasFlags, name: string): ParsedFlag | undefined {
  return argsOf(x).flags.find((f) => f.name === name);
}

/** The value of a flag's first occurrence. */
export function flagValue(x: HasFlags, name: string): Word | undefined {
  return getFlag(x, name)?.value;
}

/** The values of every occurrence (`-o a -o b`). */
export function flagValues(x: HasFlags, name: string): Word[] {
  const out: Word[] = [];
  for (const f of argsOf(x).flags) if (f.name === name && f.value) out.push(f.value);
  return out;
}

/** `/usr/bin/apt-get` -> `apt-get` */
export function baseName(value: string): string {
  const slash = value.lastIndexOf("/");
  return slash === -1 ? value : value.slice(slash + 1);
}

export interface EnvVar {
  name: string;
  /** null when not static */
  value: string | null;
  word: Word;
}

export interface Invocation {
  /** the command run, after the wrappers, without its path: `apt-get` */
  name: string;
  nameWord: Word;
  /** the command's own `args` array when there are no wrappers: never modify it */
  args: readonly Word[];
  /** the wrappers removed, outermost first, e.g. `["sudo", "env"]` */
  wrappers: string[];
  /** run through `sudo` or `doas`: its word, and the `-u` user if given */
  sudo?: { word: Word; user?: Word };
  /** variables set for it: prefix assignments (`A=1 cmd`) and `env A=1 cmd` */
  env: EnvVar[];
  command: SimpleCommand;
}

interface Wrapper {
  spec: FlagSpec;
  /** operands of the wrapper before the command (gosu's user, timeout's duration) */
  operands?: number;
}

const WRAPPERS: Record<string, Wrapper> = {
  sudo: {
    spec: {
      flags: {
        user: ["-u", "--user"],
        group: ["-g", "--group"],
        "preserve-env": ["-E", "--preserve-env"],
        "set-home": ["-H", "--set-home"],
        "non-interactive": ["-n", "--non-interactive"],
        login: ["-i", "--login"],
        shell: ["-s", "--shell"],
        stdin: ["-S", "--stdin"],
        prompt: ["-p", "--prompt"],
        chdir: ["-D", "--chdir"],
      },
      withValue: ["user", "group", "prompt", "chdir"],
    },
  },
  doas: { spec: { flags: { user: ["-u"], "non-interactive": ["-n"] }, withValue: ["user"] } },
  env: {
    spec: {
      flags: {
        ignore: ["-i", "--ignore-environment"],
        unset: ["-u", "--unset"],
        chdir: ["-C", "--chdir"],
        null: ["-0", "--null"],
      },
      withValue: ["unset", "chdir"],
    },
  },
  exec: { spec: { flags: { name: ["-a"], clear: ["-c"], login: ["-l"] }, withValue: ["name"] } },
  nice: { spec: { flags: { adjustment: ["-n", "--adjustment"] }, withValue: ["adjustment"] } },
  ionice: {
    spec: {
      flags: { class: ["-c", "--class"], level: ["-n", "--classdata"], t: ["-t"] },
      withValue: ["class", "level"],
    },
  },
  nohup: { spec: { flags: {} } },
  time: {
    spec: {
      flags: { portable: ["-p"], verbose: ["-v"], format: ["-f", "--format"], output: ["-o", "--output"] },
      withValue: ["format", "output"],
    },
  },
  command: { spec: { flags: { default: ["-p"] } } },
  builtin: { spec: { flags: {} } },
  stdbuf: {
    spec: {
      flags: { input: ["-i", "--input"], output: ["-o", "--output"], error: ["-e", "--error"] },
      withValue: ["input", "output", "error"],
    },
  },
  timeout: {
    spec: {
      flags: {
        signal: ["-s", "--signal"],
        kill: ["-k", "--kill-after"],
        preserve: ["--preserve-status", "--foreground", "-v", "--verbose"],
      },
      withValue: ["signal", "kill"],
    },
    operands: 1,
  },
  gosu: { spec: { flags: {} }, operands: 1 },
  "su-exec": { spec: { flags: {} }, operands: 1 },
  chroot: {
    spec: { flags: { userspec: ["--userspec"], groups: ["--groups"] }, withValue: ["userspec", "groups"] },
    operands: 1,
  },
  eatmydata: { spec: { flags: {} } },
  fakeroot: { spec: { flags: {} } },
};

const WRAPPER_BY_NAME = new Map(Object.entries(WRAPPERS));

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function envVar(word: Word): EnvVar {
  const text = word.value ?? word.pattern ?? word.raw;
  const eq = text.indexOf("=");
  return { name: text.slice(0, eq), value: word.value === null ? null : text.slice(eq + 1), word };
}

/**
 * The command a SimpleCommand really runs, with `sudo -E`, `env A=1`, `exec`, `nice -n 5`, ...
 * removed (a wrapper with nothing after it, such as `exec >log`, is the command itself).
 * Undefined when the command name is not static (`$PIP install`) or there is none (`A=1`).
 */
export function invocation(command: SimpleCommand): Invocation | undefined {
  let words = command.argv;
  const wrappers: string[] = [];
  const env: EnvVar[] = [];
  for (let i = 0; i < command.assignments.length; i++) {
    const a = command.assignments[i]!;
    env.push({ name: a.name, value: a.value.value, word: a.value });
  }
  let sudo: Invocation["sudo"];
  /** baseName of words[0] once computed (not twice for the command itself) */
  let firstName: string | undefined;
  for (let guard = 0; guard < 8 && words.length > 1; guard++) {
    const first = words[0]!;
    if (first.value === null) break;
    const name = baseName(first.value);
    firstName = name;
    const wrapper = WRAPPER_BY_NAME.get(name);
    if (!wrapper) break;
    const parsed = parseArgs(words.slice(1), wrapper.spec, { stopAtPositional: true });
    // `command -v x` and `command -V x` look a command up, they do not run it
    if (name === "command" && parsed.unknown.some((w) => /^-[a-zA-Z]*[vV]/.test(w.value ?? ""))) break;
    let rest = parsed.positionals;
    if (name === "env") {
      while (rest[0] && ASSIGNMENT.test(rest[0].value ?? rest[0].raw)) {
        env.push(envVar(rest[0]));
        rest = rest.slice(1);
      }
    }
    rest = rest.slice(wrapper.operands ?? 0);
    if (rest.length === 0) break;
    if (name === "sudo" || name === "doas") {
      const user = parsed.flags.find((f) => f.name === "user")?.value;
      sudo = user ? { word: first, user } : { word: first };
    }
    wrappers.push(name);
    words = rest;
    firstName = undefined;
  }
  const nameWord = words[0];
  if (!nameWord || nameWord.value === null) return undefined;
  // every key present, so that invocations share one shape
  return {
    name: firstName ?? baseName(nameWord.value),
    nameWord,
    // no wrapper: the command's own args (the same words), not a copy per command
    args: words === command.argv ? command.args : words.slice(1),
    wrappers,
    sudo,
    env,
    command,
  };
}
