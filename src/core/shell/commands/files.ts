/** chmod/chown, cd and rm as rules need them. */
import type { Word } from "../types.js";
import { type FlagSpec, type Invocation, parseArgs } from "./argv.js";

const RECURSIVE: FlagSpec = {
  flags: { recursive: ["-R", "-r", "--recursive"], force: ["-f", "--force"], verbose: ["-v", "--verbose"] },
};

export interface ModeChange {
  tool: "chmod" | "chown";
  /** chmod: the mode word; chown: the owner word */
  spec?: Word;
  targets: Word[];
  recursive: boolean;
  /** chmod only: the mode gives write permission to others (o+w, a+w, 777, 0666, ...) */
  worldWritable: boolean;
  invocation: Invocation;
}

/** Octal modes with the others-write bit, and symbolic modes granting w to o or a (or to all with no who). */
export function isWorldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return (Number.parseInt(mode.slice(-1), 8) & 2) !== 0;
  return mode.split(",").some((clause) => {
    const m = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(clause);
    return m !== null && m[3]!.includes("w") && (m[1] === "" || m[1]!.includes("o") || m[1]!.includes("a"));
  });
}

export function modeChange(inv: Invocation): ModeChange | undefined {
  if (inv.name !== "chmod" && inv.name !== "chown") return undefined;
  const args = parseArgs(inv.args, RECURSIVE);
  const [spec, ...targets] = args.positionals;
  const recursive = args.flags.some((f) => f.name === "recursive");
  const worldWritable = inv.name === "chmod" && spec?.value != null && isWorldWritable(spec.value);
  return { tool: inv.name, spec, targets, recursive, worldWritable, invocation: inv };
}

export interface ChangeDirectory {
  target?: Word;
  invocation: Invocation;
}

export function changeDirectory(inv: Invocation): ChangeDirectory | undefined {
  if (inv.name !== "cd") return undefined;
  return { target: inv.args.find((w) => w.value === null || !w.value.startsWith("-")), invocation: inv };
}

/** Package-manager cache locations a `rm` may clean. */
export const CACHE_PATHS: { manager: string; pattern: RegExp }[] = [
  { manager: "apt", pattern: /^\/var\/lib\/apt\/lists(\/\*?)?$/ },
  { manager: "apt", pattern: /^\/var\/cache\/apt(\/.*)?$/ },
  { manager: "apk", pattern: /^\/var\/cache\/apk(\/\*?)?$/ },
  { manager: "yum", pattern: /^\/var\/cache\/(yum|dnf|libdnf5)(\/.*)?$/ },
  { manager: "zypper", pattern: /^\/var\/cache\/zypp(\/.*)?$/ },
  { manager: "pip", pattern: /^(~|\/root|\$HOME)\/\.cache\/pip(\/.*)?$/ },
  { manager: "npm", pattern: /^(~|\/root|\$HOME)\/\.npm(\/.*)?$/ },
  {
    manager: "yarn",
    pattern: /^(~|\/root|\$HOME)\/\.cache\/yarn(\/.*)?$|^\/usr\/local\/share\/\.cache\/yarn/,
  },
  { manager: "tmp", pattern: /^\/tmp\/\*?$|^\/var\/tmp\/\*?$/ },
];

export interface Removal {
  paths: Word[];
  recursive: boolean;
  force: boolean;
  /** the managers whose caches these paths clean */
  cleans: Set<string>;
  invocation: Invocation;
}

export function removal(inv: Invocation): Removal | undefined {
  if (inv.name !== "rm") return undefined;
  const args = parseArgs(inv.args, RECURSIVE);
  const paths = args.positionals;
  const cleans = new Set<string>();
  for (const p of paths) {
    const v = p.value ?? p.raw;
    for (const c of CACHE_PATHS) if (c.pattern.test(v)) cleans.add(c.manager);
  }
  return {
    paths,
    recursive: args.flags.some((f) => f.name === "recursive"),
    force: args.flags.some((f) => f.name === "force"),
    cleans,
    invocation: inv,
  };
}
