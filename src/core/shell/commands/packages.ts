/**
 * Package-manager commands as rules need them: which manager, which action, which packages (with
 * versions and word ranges), which flags in canonical names, whatever the spelling.
 */
import type { Word } from "../types.js";
import { type FlagSpec, type Invocation, type ParsedArgs, parseArgs } from "./argv.js";

export type Manager =
  | "apt-get"
  | "apt"
  | "apk"
  | "yum"
  | "dnf"
  | "microdnf"
  | "tdnf"
  | "zypper"
  | "pip"
  | "uv"
  | "poetry"
  | "npm"
  | "yarn"
  | "pnpm"
  | "bun"
  | "gem"
  | "go"
  | "cargo";

export type Action = "install" | "update" | "upgrade" | "remove" | "clean" | "other";

export interface PackageRef {
  name: string;
  version?: string;
  word: Word;
}

export interface PackageCommand {
  manager: Manager;
  action: Action;
  /** the subcommand word as written (`install`, `add`, `in`, `ci`, ...) */
  subcommand?: Word;
  packages: PackageRef[];
  args: ParsedArgs;
  invocation: Invocation;
}

const APT: FlagSpec = {
  flags: {
    yes: ["-y", "--yes", "--assume-yes"],
    quiet: ["-q", "-qq", "--quiet"],
    "no-install-recommends": ["--no-install-recommends"],
    "allow-unauthenticated": ["--allow-unauthenticated"],
    "force-yes": ["--force-yes"],
    "fix-broken": ["-f", "--fix-broken"],
    "target-release": ["-t", "--target-release", "--default-release"],
    option: ["-o", "--option"],
    "no-upgrade": ["--no-upgrade"],
    "only-upgrade": ["--only-upgrade"],
    purge: ["--purge"],
    "dry-run": ["-s", "--simulate", "--dry-run"],
  },
  withValue: ["target-release", "option"],
};
const APK: FlagSpec = {
  flags: {
    "no-cache": ["--no-cache"],
    update: ["-U", "--update", "--update-cache"],
    virtual: ["-t", "--virtual"],
    repository: ["-X", "--repository"],
    "allow-untrusted": ["--allow-untrusted"],
    quiet: ["-q", "--quiet"],
    "no-progress": ["--no-progress"],
    root: ["-p", "--root"],
  },
  withValue: ["virtual", "repository", "root"],
};
const RPM: FlagSpec = {
  flags: {
    yes: ["-y", "--assumeyes"],
    quiet: ["-q", "--quiet"],
    nogpgcheck: ["--nogpgcheck"],
    setopt: ["--setopt"],
    enablerepo: ["--enablerepo"],
    disablerepo: ["--disablerepo"],
    nodocs: ["--nodocs"],
    "no-install-recommends": ["--setopt=install_weak_deps=False", "--setopt=install_weak_deps=0"],
  },
  withValue: ["setopt", "enablerepo", "disablerepo"],
};
const ZYPPER: FlagSpec = {
  flags: {
    yes: ["-y", "--no-confirm", "-n", "--non-interactive"],
    quiet: ["-q", "--quiet"],
    "no-recommends": ["--no-recommends"],
    "no-gpg-checks": ["--no-gpg-checks"],
  },
};
const PIP: FlagSpec = {
  flags: {
    "no-cache-dir": ["--no-cache-dir"],
    requirement: ["-r", "--requirement"],
    constraint: ["-c", "--constraint"],
    editable: ["-e", "--editable"],
    user: ["--user"],
    upgrade: ["-U", "--upgrade"],
    "trusted-host": ["--trusted-host"],
    "index-url": ["-i", "--index-url"],
    "extra-index-url": ["--extra-index-url"],
    target: ["-t", "--target"],
    prefix: ["--prefix"],
    "no-deps": ["--no-deps"],
    quiet: ["-q", "--quiet"],
    "break-system-packages": ["--break-system-packages"],
    system: ["--system"],
  },
  withValue: [
    "requirement",
    "constraint",
    "editable",
    "trusted-host",
    "index-url",
    "extra-index-url",
    "target",
    "prefix",
  ],
};
const NODE: FlagSpec = {
  flags: {
    production: ["--production", "--prod", "-P"],
    omit: ["--omit"],
    global: ["-g", "--global"],
    "frozen-lockfile": ["--frozen-lockfile", "--immutable"],
    "ignore-scripts": ["--ignore-scripts"],
    "strict-ssl": ["--strict-ssl"],
    save: ["-S", "--save", "-D", "--save-dev", "-E", "--save-exact"],
    "no-cache": ["--no-cache"],
    registry: ["--registry"],
  },
  withValue: ["omit", "registry"],
};
const GEM: FlagSpec = {
  flags: { version: ["-v", "--version"], "no-document": ["--no-document", "-N", "--no-rdoc", "--no-ri"] },
  withValue: ["version"],
};
const GO: FlagSpec = {
  flags: { output: ["-o"], ldflags: ["-ldflags"], tags: ["-tags"], mod: ["-mod"] },
  withValue: ["output", "ldflags", "tags", "mod"],
};
const CARGO: FlagSpec = {
  flags: {
    release: ["--release", "-r"],
    locked: ["--locked"],
    version: ["--version", "--vers"],
    target: ["--target"],
    root: ["--root"],
    git: ["--git"],
    path: ["--path"],
  },
  withValue: ["version", "target", "root", "git", "path"],
};
const POETRY: FlagSpec = {
  flags: { "no-root": ["--no-root"], only: ["--only"], without: ["--without"], "no-dev": ["--no-dev"] },
  withValue: ["only", "without"],
};

const ACTIONS: Record<string, Record<string, Action>> = {
  apt: {
    install: "install",
    reinstall: "install",
    "build-dep": "install",
    update: "update",
    upgrade: "upgrade",
    "dist-upgrade": "upgrade",
    "full-upgrade": "upgrade",
    remove: "remove",
    purge: "remove",
    autoremove: "remove",
    clean: "clean",
    autoclean: "clean",
  },
  apk: { add: "install", update: "update", upgrade: "upgrade", del: "remove", cache: "clean" },
  rpm: {
    install: "install",
    reinstall: "install",
    localinstall: "install",
    groupinstall: "install",
    update: "upgrade",
    upgrade: "upgrade",
    "distro-sync": "upgrade",
    makecache: "update",
    remove: "remove",
    erase: "remove",
    autoremove: "remove",
    clean: "clean",
  },
  zypper: {
    install: "install",
    in: "install",
    refresh: "update",
    ref: "update",
    update: "upgrade",
    up: "upgrade",
    "dist-upgrade": "upgrade",
    dup: "upgrade",
    patch: "upgrade",
    remove: "remove",
    rm: "remove",
    clean: "clean",
    cc: "clean",
  },
  pip: { install: "install", uninstall: "remove", download: "other", cache: "clean" },
  npm: {
    install: "install",
    i: "install",
    ci: "install",
    add: "install",
    update: "upgrade",
    up: "upgrade",
    uninstall: "remove",
    rm: "remove",
    cache: "clean",
  },
  yarn: { install: "install", add: "install", upgrade: "upgrade", remove: "remove", cache: "clean" },
  pnpm: {
    install: "install",
    i: "install",
    add: "install",
    update: "upgrade",
    up: "upgrade",
    remove: "remove",
    rm: "remove",
    store: "clean",
  },
  bun: {
    install: "install",
    i: "install",
    add: "install",
    update: "upgrade",
    remove: "remove",
    rm: "remove",
    pm: "clean",
  },
  gem: { install: "install", update: "upgrade", uninstall: "remove", cleanup: "clean" },
  go: { install: "install", get: "install", build: "other", mod: "install" },
  cargo: { install: "install", build: "other", fetch: "install" },
  poetry: { install: "install", add: "install", update: "upgrade", remove: "remove" },
};

function first(args: ParsedArgs): { sub?: Word; rest: Word[] } {
  const [sub, ...rest] = args.positionals;
  return { sub, rest };
}

function pkgs(words: Word[], split: (v: string) => { name: string; version?: string }): PackageRef[] {
  const out: PackageRef[] = [];
  for (const w of words) {
    if (w.value === null) {
      out.push({ name: w.raw, word: w });
      continue;
    }
    out.push({ ...split(w.value), word: w });
  }
  return out;
}

const at = (sep: string) => (v: string) => {
  const i = v.indexOf(sep, 1);
  return i === -1 ? { name: v } : { name: v.slice(0, i), version: v.slice(i + sep.length) };
};

/** apk: `name=1.2`, `name~1.2`, `name>1`, `name<2` */
function apkSplit(v: string): { name: string; version?: string } {
  const m = /^([^=~<>]+)([=~<>].*)$/.exec(v);
  return m ? { name: m[1]!, version: m[2]!.replace(/^=/, "") } : { name: v };
}

/** pip: `name==1.0`, `name>=1`, `name[extra]~=1`, `name @ url` */
function pipSplit(v: string): { name: string; version?: string } {
  const m = /^([A-Za-z0-9._\-[\],]+?)\s*(===|==|~=|!=|>=|<=|>|<|@)\s*(.+)$/.exec(v);
  return m ? { name: m[1]!, version: `${m[2]}${m[3]}` } : { name: v };
}

/** yum/dnf: `name-1.2-3` versions are hard to tell from names; `name-1.2` when the rest starts with a digit. */
function rpmSplit(v: string): { name: string; version?: string } {
  const m = /^(.+?)-(\d[^/]*)$/.exec(v);
  return m ? { name: m[1]!, version: m[2]! } : { name: v };
}

/** npm: `name@1.2`, `@scope/name@1` */
function npmSplit(v: string): { name: string; version?: string } {
  const i = v.indexOf("@", v.startsWith("@") ? 1 : 0);
  return i <= 0 ? { name: v } : { name: v.slice(0, i), version: v.slice(i + 1) };
}

/** Recognises a package-manager command, or returns undefined. */
export function packageCommand(inv: Invocation): PackageCommand | undefined {
  const name = inv.name;
  const build = (
    manager: Manager,
    spec: FlagSpec,
    table: Record<string, Action>,
    words: Word[],
    split: (v: string) => { name: string; version?: string },
    subIndex = 0,
  ) => {
    const args = parseArgs(words, spec);
    const positionals = args.positionals;
    const sub = positionals[subIndex];
    const action = (sub?.value && table[sub.value]) || "other";
    const packageWords =
      action === "install" || action === "remove" || action === "upgrade"
        ? positionals.slice(subIndex + 1)
        : [];
    return {
      manager,
      action,
      subcommand: sub,
      packages: pkgs(packageWords, split),
      args,
      invocation: inv,
    } satisfies PackageCommand;
  };
  switch (name) {
    case "apt-get":
    case "apt":
      return build(name, APT, ACTIONS.apt!, inv.args, at("="));
    case "apk":
      return build("apk", APK, ACTIONS.apk!, inv.args, apkSplit);
    case "yum":
    case "dnf":
    case "microdnf":
    case "tdnf":
      return build(name, RPM, ACTIONS.rpm!, inv.args, rpmSplit);
    case "zypper":
      return build("zypper", ZYPPER, ACTIONS.zypper!, inv.args, at("="));
    case "pip":
    case "pip3":
      return build("pip", PIP, ACTIONS.pip!, inv.args, pipSplit);
    case "python":
    case "python3": {
      const m = inv.args.findIndex((w) => w.value === "-m");
      if (m === -1 || inv.args[m + 1]?.value !== "pip") return undefined;
      return build("pip", PIP, ACTIONS.pip!, inv.args.slice(m + 2), pipSplit);
    }
    case "uv": {
      const { sub } = first(parseArgs(inv.args, PIP));
      if (sub?.value === "pip")
        return build("uv", PIP, ACTIONS.pip!, inv.args.slice(inv.args.indexOf(sub) + 1), pipSplit);
      return build(
        "uv",
        PIP,
        { sync: "install", add: "install", remove: "remove", cache: "clean" },
        inv.args,
        pipSplit,
      );
    }
    case "poetry":
      return build("poetry", POETRY, ACTIONS.poetry!, inv.args, at("@"));
    case "npm":
    case "yarn":
    case "pnpm":
    case "bun": {
      const cmd = build(name, NODE, ACTIONS[name]!, inv.args, npmSplit);
      // `yarn` alone installs; `yarn global add x`
      if (name === "yarn" && !cmd.subcommand) return { ...cmd, action: "install" };
      if (name === "yarn" && cmd.subcommand?.value === "global")
        return build(name, NODE, ACTIONS.yarn!, inv.args, npmSplit, 1);
      return cmd;
    }
    case "gem":
      return build("gem", GEM, ACTIONS.gem!, inv.args, at(":"));
    case "go":
      return build("go", GO, ACTIONS.go!, inv.args, at("@"));
    case "cargo":
      return build("cargo", CARGO, ACTIONS.cargo!, inv.args, at("@"));
    default:
      return undefined;
  }
}
