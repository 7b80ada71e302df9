/**
 * Package-manager commands as rules need them: which manager, which action, which packages (with
 * versions and word ranges), which flags by canonical name whatever the spelling. Each tool is a
 * flag spec and a table of subcommands (one or more words) to actions.
 *
 * Canonical flag names shared across managers where the meaning is the same: `yes` (apt `-y`, dnf
 * `-y`, zypper `-n`/`-y`), `no-install-recommends` (apt, zypper `--no-recommends`, dnf
 * `--setopt=install_weak_deps=False`, apt `-o APT::Install-Recommends=false`), `quiet`.
 */
import type { Word } from "../types.js";
import { type FlagSpec, type Invocation, type ParsedArgs, type ParsedFlag, parseArgs } from "./argv.js";

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
  /** the name as written without its version (for a dynamic word, its text without quotes) */
  name: string;
  /** the version constraint as written: `7.88.1-10`, `==3.0`, `>=1,<2`, `v0.16.0`, `latest` */
  version?: string;
  /** apt's `name/bookworm-backports`, apk's `name@edge` */
  release?: string;
  word: Word;
}

export interface PackageCommand {
  manager: Manager;
  action: Action;
  /** the first subcommand word as written (`install`, `add`, `in`, `ci`, `cache`, ...) */
  subcommand?: Word;
  /** all subcommand words (`cache clean`, `pip install`, `global add`) */
  subcommands: Word[];
  packages: PackageRef[];
  /** every known flag by canonical name (= `args.flags`) */
  flags: ParsedFlag[];
  args: ParsedArgs;
  invocation: Invocation;
}

// ---------------------------------------------------------------------------------------------
// flag specs

const APT: FlagSpec = {
  flags: {
    yes: ["-y", "--yes", "--assume-yes"],
    "assume-no": ["--assume-no"],
    quiet: ["-q", "-qq", "--quiet", "--silent"],
    "no-install-recommends": ["--no-install-recommends"],
    "install-recommends": ["--install-recommends"],
    "no-install-suggests": ["--no-install-suggests"],
    "install-suggests": ["--install-suggests"],
    "allow-unauthenticated": ["--allow-unauthenticated"],
    "allow-downgrades": ["--allow-downgrades"],
    "allow-remove-essential": ["--allow-remove-essential"],
    "allow-change-held-packages": ["--allow-change-held-packages"],
    "force-yes": ["--force-yes"],
    "fix-broken": ["-f", "--fix-broken"],
    "fix-missing": ["-m", "--fix-missing", "--ignore-missing"],
    "download-only": ["-d", "--download-only"],
    "target-release": ["-t", "--target-release", "--default-release"],
    option: ["-o", "--option"],
    config: ["-c", "--config-file"],
    "no-upgrade": ["--no-upgrade"],
    "only-upgrade": ["--only-upgrade"],
    reinstall: ["--reinstall"],
    purge: ["--purge"],
    "auto-remove": ["--auto-remove", "--autoremove"],
    "dry-run": ["-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act"],
    "show-upgraded": ["-u", "--show-upgraded"],
    "verbose-versions": ["-V", "--verbose-versions"],
    "no-download": ["--no-download"],
    "print-uris": ["--print-uris"],
  },
  withValue: ["target-release", "option", "config"],
};

const APK: FlagSpec = {
  flags: {
    "no-cache": ["--no-cache"],
    update: ["-U", "--update", "--update-cache"],
    virtual: ["-t", "--virtual"],
    repository: ["-X", "--repository"],
    "repositories-file": ["--repositories-file"],
    "allow-untrusted": ["--allow-untrusted"],
    quiet: ["-q", "--quiet"],
    verbose: ["-v", "--verbose"],
    interactive: ["-i", "--interactive"],
    "no-progress": ["--no-progress"],
    root: ["-p", "--root"],
    "keys-dir": ["--keys-dir"],
    "cache-dir": ["--cache-dir"],
    "no-scripts": ["--no-scripts"],
    "force-overwrite": ["--force-overwrite"],
    "force-broken-world": ["--force-broken-world"],
    initdb: ["--initdb"],
    purge: ["--purge"],
    latest: ["-l", "--latest"],
    available: ["-a", "--available"],
    "clean-protected": ["--clean-protected"],
    arch: ["--arch"],
  },
  withValue: ["virtual", "repository", "repositories-file", "root", "keys-dir", "cache-dir", "arch"],
};

const RPM: FlagSpec = {
  flags: {
    yes: ["-y", "--assumeyes"],
    "assume-no": ["--assumeno"],
    quiet: ["-q", "--quiet"],
    verbose: ["-v", "--verbose"],
    nogpgcheck: ["--nogpgcheck", "--nogpg", "--no-gpgchecks"],
    setopt: ["--setopt"],
    enablerepo: ["--enablerepo", "--enable-repo"],
    disablerepo: ["--disablerepo", "--disable-repo"],
    repo: ["--repo", "--repoid"],
    nodocs: ["--nodocs", "--no-docs"],
    "no-install-recommends": ["--no-install-weak-deps"],
    best: ["--best"],
    nobest: ["--nobest", "--no-best"],
    allowerasing: ["--allowerasing"],
    "skip-broken": ["--skip-broken"],
    installroot: ["--installroot"],
    releasever: ["--releasever"],
    exclude: ["-x", "--exclude"],
    cacheonly: ["-C", "--cacheonly"],
    refresh: ["--refresh"],
    disableplugin: ["--disableplugin"],
    enableplugin: ["--enableplugin"],
    config: ["-c", "--config"],
    downloadonly: ["--downloadonly"],
    security: ["--security"],
  },
  withValue: [
    "setopt",
    "enablerepo",
    "disablerepo",
    "repo",
    "installroot",
    "releasever",
    "exclude",
    "disableplugin",
    "enableplugin",
    "config",
  ],
};

const ZYPPER: FlagSpec = {
  flags: {
    yes: ["-y", "--no-confirm", "-n", "--non-interactive"],
    quiet: ["-q", "--quiet"],
    "no-install-recommends": ["--no-recommends"],
    "no-gpg-checks": ["--no-gpg-checks"],
    "gpg-auto-import-keys": ["--gpg-auto-import-keys"],
    force: ["-f", "--force"],
    "auto-agree-with-licenses": ["-l", "--auto-agree-with-licenses"],
    "download-only": ["-d", "--download-only"],
    repo: ["-r", "--repo", "--from"],
    root: ["-R", "--root"],
    "clean-deps": ["-u", "--clean-deps"],
    "no-refresh": ["--no-refresh"],
  },
  withValue: ["repo", "root"],
};

const PIP_FLAGS: Record<string, string[]> = {
  "no-cache-dir": ["--no-cache-dir"],
  requirement: ["-r", "--requirement"],
  constraint: ["-c", "--constraint"],
  editable: ["-e", "--editable"],
  user: ["--user"],
  upgrade: ["-U", "--upgrade"],
  "upgrade-strategy": ["--upgrade-strategy"],
  "force-reinstall": ["--force-reinstall"],
  "ignore-installed": ["-I", "--ignore-installed"],
  "trusted-host": ["--trusted-host"],
  "index-url": ["-i", "--index-url"],
  "extra-index-url": ["--extra-index-url"],
  "find-links": ["-f", "--find-links"],
  "no-index": ["--no-index"],
  target: ["-t", "--target"],
  prefix: ["--prefix"],
  root: ["--root"],
  "no-deps": ["--no-deps"],
  quiet: ["-q", "--quiet"],
  verbose: ["-v", "--verbose"],
  "break-system-packages": ["--break-system-packages"],
  "require-hashes": ["--require-hashes"],
  "only-binary": ["--only-binary"],
  "no-binary": ["--no-binary"],
  pre: ["--pre"],
  "no-build-isolation": ["--no-build-isolation"],
  "disable-pip-version-check": ["--disable-pip-version-check"],
  "no-warn-script-location": ["--no-warn-script-location"],
  "root-user-action": ["--root-user-action"],
  "progress-bar": ["--progress-bar"],
  timeout: ["--timeout"],
  retries: ["--retries"],
  "cache-dir": ["--cache-dir"],
  compile: ["--compile"],
  "no-compile": ["--no-compile"],
  src: ["--src"],
  "python-version": ["--python-version"],
  platform: ["--platform"],
  yes: ["-y", "--yes"],
  dest: ["-d", "--dest"],
};
const PIP_VALUES = [
  "requirement",
  "constraint",
  "editable",
  "upgrade-strategy",
  "trusted-host",
  "index-url",
  "extra-index-url",
  "find-links",
  "target",
  "prefix",
  "root",
  "only-binary",
  "no-binary",
  "root-user-action",
  "progress-bar",
  "timeout",
  "retries",
  "cache-dir",
  "src",
  "python-version",
  "platform",
  "dest",
];
const PIP: FlagSpec = { flags: PIP_FLAGS, withValue: PIP_VALUES };

/** uv and `uv pip`: pip's flags plus uv's own. */
const UV: FlagSpec = {
  flags: {
    ...PIP_FLAGS,
    "no-cache": ["-n", "--no-cache"],
    system: ["--system"],
    python: ["-p", "--python"],
    frozen: ["--frozen"],
    locked: ["--locked"],
    "no-dev": ["--no-dev"],
    "only-dev": ["--only-dev"],
    "no-install-project": ["--no-install-project"],
    "no-editable": ["--no-editable"],
    "compile-bytecode": ["--compile-bytecode"],
    "link-mode": ["--link-mode"],
    extra: ["--extra"],
    "all-extras": ["--all-extras"],
    group: ["--group"],
    "no-group": ["--no-group"],
    "only-group": ["--only-group"],
  },
  withValue: [...PIP_VALUES, "python", "link-mode", "extra", "group", "no-group", "only-group"],
};

const POETRY: FlagSpec = {
  flags: {
    "no-root": ["--no-root"],
    only: ["--only"],
    without: ["--without"],
    with: ["--with"],
    "no-dev": ["--no-dev"],
    "no-interaction": ["-n", "--no-interaction"],
    "no-ansi": ["--no-ansi"],
    sync: ["--sync"],
    extras: ["-E", "--extras"],
    "all-extras": ["--all-extras"],
    "no-directory": ["--no-directory"],
    compile: ["--compile"],
    quiet: ["-q", "--quiet"],
    "dry-run": ["--dry-run"],
    group: ["-G", "--group"],
    dev: ["-D", "--dev"],
  },
  withValue: ["only", "without", "with", "extras", "group"],
};

const NPM: FlagSpec = {
  flags: {
    production: ["--production"],
    omit: ["--omit"],
    include: ["--include"],
    only: ["--only"],
    global: ["-g", "--global"],
    "ignore-scripts": ["--ignore-scripts"],
    "no-audit": ["--no-audit"],
    "no-fund": ["--no-fund"],
    "prefer-offline": ["--prefer-offline"],
    "legacy-peer-deps": ["--legacy-peer-deps"],
    force: ["-f", "--force"],
    save: ["-S", "--save"],
    "save-dev": ["-D", "--save-dev"],
    "save-exact": ["-E", "--save-exact"],
    "save-prod": ["-P", "--save-prod"],
    "save-optional": ["-O", "--save-optional"],
    "no-save": ["--no-save"],
    registry: ["--registry"],
    cache: ["--cache"],
    loglevel: ["--loglevel"],
    silent: ["-s", "--silent"],
    "unsafe-perm": ["--unsafe-perm"],
    prefix: ["--prefix"],
    workspace: ["-w", "--workspace"],
    "strict-ssl": ["--strict-ssl"],
  },
  withValue: ["omit", "include", "only", "registry", "cache", "loglevel", "prefix", "workspace"],
};

const YARN: FlagSpec = {
  flags: {
    production: ["--production", "--prod"],
    "frozen-lockfile": ["--frozen-lockfile", "--immutable"],
    "ignore-scripts": ["--ignore-scripts"],
    "non-interactive": ["--non-interactive"],
    silent: ["-s", "--silent"],
    "network-timeout": ["--network-timeout"],
    "cache-folder": ["--cache-folder"],
    dev: ["-D", "--dev"],
    exact: ["-E", "--exact"],
    "ignore-engines": ["--ignore-engines"],
    "prefer-offline": ["--prefer-offline"],
    "pure-lockfile": ["--pure-lockfile"],
    "modules-folder": ["--modules-folder"],
    registry: ["--registry"],
    "check-files": ["--check-files"],
    "no-lockfile": ["--no-lockfile"],
    mode: ["--mode"],
    "inline-builds": ["--inline-builds"],
    "ignore-workspace-root-check": ["-W", "--ignore-workspace-root-check"],
  },
  withValue: ["network-timeout", "cache-folder", "modules-folder", "registry", "mode"],
};

const PNPM: FlagSpec = {
  flags: {
    production: ["-P", "--prod", "--production"],
    "frozen-lockfile": ["--frozen-lockfile"],
    "ignore-scripts": ["--ignore-scripts"],
    global: ["-g", "--global"],
    dev: ["-D", "--dev", "--save-dev"],
    offline: ["--offline"],
    "prefer-offline": ["--prefer-offline"],
    filter: ["-F", "--filter"],
    registry: ["--registry"],
    "store-dir": ["--store-dir"],
    recursive: ["-r", "--recursive"],
    "no-optional": ["--no-optional"],
  },
  withValue: ["filter", "registry", "store-dir"],
};

const BUN: FlagSpec = {
  flags: {
    production: ["-p", "--production"],
    "frozen-lockfile": ["--frozen-lockfile"],
    global: ["-g", "--global"],
    dev: ["-d", "-D", "--dev"],
    "ignore-scripts": ["--ignore-scripts"],
    "no-cache": ["--no-cache"],
    "no-save": ["--no-save"],
    exact: ["-E", "--exact"],
    registry: ["--registry"],
    "cache-dir": ["--cache-dir"],
    silent: ["--silent"],
  },
  withValue: ["registry", "cache-dir"],
};

const GEM: FlagSpec = {
  flags: {
    version: ["-v", "--version"],
    "no-document": ["-N", "--no-document", "--no-doc", "--no-rdoc", "--no-ri"],
    "user-install": ["--user-install"],
    "install-dir": ["-i", "--install-dir"],
    bindir: ["-n", "--bindir"],
    force: ["-f", "--force"],
    source: ["-s", "--source"],
    "clear-sources": ["--clear-sources"],
    conservative: ["--conservative"],
    "minimal-deps": ["--minimal-deps"],
    quiet: ["-q", "--quiet"],
    "env-shebang": ["-E", "--env-shebang"],
    platform: ["--platform"],
  },
  withValue: ["version", "install-dir", "bindir", "source", "platform"],
};

const GO: FlagSpec = {
  flags: {
    output: ["-o"],
    ldflags: ["-ldflags", "--ldflags"],
    gcflags: ["-gcflags", "--gcflags"],
    tags: ["-tags", "--tags"],
    mod: ["-mod"],
    modfile: ["-modfile"],
    trimpath: ["-trimpath"],
    verbose: ["-v"],
    x: ["-x"],
    a: ["-a"],
    n: ["-n"],
    race: ["-race"],
    buildvcs: ["-buildvcs"],
    buildmode: ["-buildmode"],
    dir: ["-C"],
    p: ["-p"],
    modcache: ["-modcache"],
    cache: ["-cache"],
    testcache: ["-testcache"],
    work: ["-work"],
  },
  withValue: ["output", "ldflags", "gcflags", "tags", "mod", "modfile", "buildmode", "dir", "p"],
  noClusters: true,
};

const CARGO: FlagSpec = {
  flags: {
    release: ["-r", "--release"],
    locked: ["--locked"],
    frozen: ["--frozen"],
    offline: ["--offline"],
    version: ["--version", "--vers"],
    target: ["--target"],
    root: ["--root"],
    git: ["--git"],
    branch: ["--branch"],
    tag: ["--tag"],
    rev: ["--rev"],
    path: ["--path"],
    features: ["-F", "--features"],
    "all-features": ["--all-features"],
    "no-default-features": ["--no-default-features"],
    jobs: ["-j", "--jobs"],
    bin: ["--bin"],
    profile: ["--profile"],
    quiet: ["-q", "--quiet"],
    verbose: ["-v", "--verbose"],
    force: ["-f", "--force"],
    "manifest-path": ["--manifest-path"],
    package: ["-p", "--package"],
    "target-dir": ["--target-dir"],
    registry: ["--registry"],
    debug: ["--debug"],
  },
  withValue: [
    "version",
    "target",
    "root",
    "git",
    "branch",
    "tag",
    "rev",
    "path",
    "features",
    "jobs",
    "bin",
    "profile",
    "manifest-path",
    "package",
    "target-dir",
    "registry",
  ],
};

// ---------------------------------------------------------------------------------------------
// subcommands -> actions

/** An action; `{ action, packages: false }` when the subcommand's operands are not packages (`npm ci`, `uv sync`). */
type Entry = Action | { action: Action; packages: false };
const noPackages = (action: Action): Entry => ({ action, packages: false });

const APT_ACTIONS: Record<string, Entry> = {
  install: "install",
  reinstall: "install",
  "build-dep": "install",
  satisfy: "install",
  update: "update",
  upgrade: "upgrade",
  "dist-upgrade": "upgrade",
  "full-upgrade": "upgrade",
  remove: "remove",
  purge: "remove",
  autoremove: "remove",
  autopurge: "remove",
  clean: "clean",
  autoclean: "clean",
};
const APK_ACTIONS: Record<string, Entry> = {
  add: "install",
  update: "update",
  upgrade: "upgrade",
  del: "remove",
  "cache clean": "clean",
  "cache purge": "clean",
};
const RPM_ACTIONS: Record<string, Entry> = {
  install: "install",
  in: "install",
  reinstall: "install",
  localinstall: "install",
  groupinstall: "install",
  "group install": "install",
  "groups install": "install",
  "module install": "install",
  update: "upgrade",
  upgrade: "upgrade",
  "update-minimal": "upgrade",
  "upgrade-minimal": "upgrade",
  "distro-sync": "upgrade",
  distrosync: "upgrade",
  makecache: "update",
  "check-update": "update",
  remove: "remove",
  erase: "remove",
  autoremove: "remove",
  groupremove: "remove",
  "group remove": "remove",
  clean: "clean",
};
const ZYPPER_ACTIONS: Record<string, Entry> = {
  install: "install",
  in: "install",
  "source-install": "install",
  si: "install",
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
};
const PIP_ACTIONS: Record<string, Entry> = {
  install: "install",
  uninstall: "remove",
  "cache purge": "clean",
  "cache remove": "clean",
};
const UV_ACTIONS: Record<string, Entry> = {
  "pip install": "install",
  "pip sync": noPackages("install"),
  "pip uninstall": "remove",
  sync: noPackages("install"),
  add: "install",
  remove: "remove",
  "tool install": "install",
  "tool upgrade": "upgrade",
  "cache clean": "clean",
  "cache prune": "clean",
};
const POETRY_ACTIONS: Record<string, Entry> = {
  install: noPackages("install"),
  sync: noPackages("install"),
  add: "install",
  update: "upgrade",
  remove: "remove",
  "cache clear": "clean",
};
const NPM_ACTIONS: Record<string, Entry> = {
  install: "install",
  i: "install",
  in: "install",
  add: "install",
  ci: noPackages("install"),
  "clean-install": noPackages("install"),
  update: "upgrade",
  up: "upgrade",
  upgrade: "upgrade",
  uninstall: "remove",
  un: "remove",
  remove: "remove",
  rm: "remove",
  r: "remove",
  "cache clean": "clean",
};
const YARN_ACTIONS: Record<string, Entry> = {
  "": noPackages("install"),
  install: noPackages("install"),
  add: "install",
  "global add": "install",
  "workspaces focus": noPackages("install"),
  upgrade: "upgrade",
  up: "upgrade",
  remove: "remove",
  "global remove": "remove",
  "cache clean": "clean",
};
const PNPM_ACTIONS: Record<string, Entry> = {
  install: "install",
  i: "install",
  add: "install",
  fetch: noPackages("install"),
  update: "upgrade",
  up: "upgrade",
  upgrade: "upgrade",
  remove: "remove",
  rm: "remove",
  uninstall: "remove",
  un: "remove",
  "store prune": "clean",
};
const BUN_ACTIONS: Record<string, Entry> = {
  install: "install",
  i: "install",
  add: "install",
  a: "install",
  update: "upgrade",
  remove: "remove",
  rm: "remove",
  "pm cache rm": "clean",
};
const GEM_ACTIONS: Record<string, Entry> = {
  install: "install",
  i: "install",
  update: "upgrade",
  uninstall: "remove",
  cleanup: "clean",
};
const GO_ACTIONS: Record<string, Entry> = {
  install: "install",
  get: "install",
  "mod download": noPackages("install"),
  clean: "clean",
};
const CARGO_ACTIONS: Record<string, Entry> = {
  install: "install",
  fetch: noPackages("install"),
  uninstall: "remove",
  update: noPackages("upgrade"),
  clean: "clean",
};

// ---------------------------------------------------------------------------------------------
// versions

type Split = (text: string) => { name: string; version?: string; release?: string };

/** apt: `name=version`, `name/release` */
const aptSplit: Split = (v) => {
  const eq = v.indexOf("=", 1);
  if (eq !== -1) return { name: v.slice(0, eq), version: v.slice(eq + 1) };
  const slash = v.indexOf("/", 1);
  if (slash !== -1 && !v.startsWith(".") && !v.startsWith("/"))
    return { name: v.slice(0, slash), release: v.slice(slash + 1) };
  return { name: v };
};

/** `name@version` (Go, cargo, poetry) */
const atSplit: Split = (v) => {
  const i = v.lastIndexOf("@");
  return i <= 0 ? { name: v } : { name: v.slice(0, i), version: v.slice(i + 1) };
};

/** gem: `name:version` */
const colonSplit: Split = (v) => {
  const i = v.indexOf(":", 1);
  return i === -1 ? { name: v } : { name: v.slice(0, i), version: v.slice(i + 1) };
};

/** apk and zypper: `name=1.2`, `name~1.2`, `name>1`, `name<2`, `name>=1` (`=` dropped); apk's `name@edge` repository tag */
const constraintSplit: Split = (v) => {
  const m = /^([^=~<>]+)([=~<>].*)?$/.exec(v);
  if (!m) return { name: v };
  const out: ReturnType<Split> = { name: m[1]! };
  if (m[2] !== undefined) out.version = m[2].replace(/^=/, "");
  const at = out.name.indexOf("@");
  if (at > 0) {
    out.release = out.name.slice(at + 1);
    out.name = out.name.slice(0, at);
  }
  return out;
};

/** pip: `name==1.0`, `name>=1,<2`, `name[extra]~=1`, `name @ url` */
const pipSplit: Split = (v) => {
  const m = /^([A-Za-z0-9._\-[\],]+?)\s*(===|==|~=|!=|>=|<=|>|<|@)\s*(.+)$/.exec(v);
  return m ? { name: m[1]!, version: `${m[2]}${m[3]}` } : { name: v };
};

/** npm: `name@1.2`, `@scope/name@^1` */
const npmSplit: Split = (v) => {
  const i = v.indexOf("@", v.startsWith("@") ? 1 : 0);
  return i <= 0 ? { name: v } : { name: v.slice(0, i), version: v.slice(i + 1) };
};

/**
 * yum/dnf: `name-version[-release]`. Names contain dashes and digits too (`java-11-openjdk`), so
 * the version is the first `-` part that starts with a digit and has a dot or colon in its first
 * segment (`httpd-2.4.6-97.el7`, `python3-3.9.7`, `1:2.3`).
 */
const rpmSplit: Split = (v) => {
  let from = 0;
  for (;;) {
    const dash = v.indexOf("-", from);
    if (dash <= 0) return { name: v };
    const rest = v.slice(dash + 1);
    const segment = rest.split("-")[0]!;
    if (/^\d/.test(rest) && /^[\d.:]+[a-z0-9.~+_]*$/i.test(segment) && /[.:]/.test(segment))
      return { name: v.slice(0, dash), version: rest };
    from = dash + 1;
  }
};

/** The text of a word for name/version splitting: the value, the pattern, or (dynamic) the text without quotes. */
const looseText = (w: Word): string => w.value ?? w.pattern ?? w.raw.replace(/["']/g, "");

// ---------------------------------------------------------------------------------------------

interface Tool {
  manager: Manager;
  spec: FlagSpec;
  actions: Record<string, Entry>;
  split: Split;
}

const TOOLS: Record<string, Tool> = {
  "apt-get": { manager: "apt-get", spec: APT, actions: APT_ACTIONS, split: aptSplit },
  apt: { manager: "apt", spec: APT, actions: APT_ACTIONS, split: aptSplit },
  apk: { manager: "apk", spec: APK, actions: APK_ACTIONS, split: constraintSplit },
  yum: { manager: "yum", spec: RPM, actions: RPM_ACTIONS, split: rpmSplit },
  dnf: { manager: "dnf", spec: RPM, actions: RPM_ACTIONS, split: rpmSplit },
  dnf5: { manager: "dnf", spec: RPM, actions: RPM_ACTIONS, split: rpmSplit },
  microdnf: { manager: "microdnf", spec: RPM, actions: RPM_ACTIONS, split: rpmSplit },
  tdnf: { manager: "tdnf", spec: RPM, actions: RPM_ACTIONS, split: rpmSplit },
  zypper: { manager: "zypper", spec: ZYPPER, actions: ZYPPER_ACTIONS, split: constraintSplit },
  pip: { manager: "pip", spec: PIP, actions: PIP_ACTIONS, split: pipSplit },
  uv: { manager: "uv", spec: UV, actions: UV_ACTIONS, split: pipSplit },
  poetry: { manager: "poetry", spec: POETRY, actions: POETRY_ACTIONS, split: atSplit },
  npm: { manager: "npm", spec: NPM, actions: NPM_ACTIONS, split: npmSplit },
  yarn: { manager: "yarn", spec: YARN, actions: YARN_ACTIONS, split: npmSplit },
  pnpm: { manager: "pnpm", spec: PNPM, actions: PNPM_ACTIONS, split: npmSplit },
  bun: { manager: "bun", spec: BUN, actions: BUN_ACTIONS, split: npmSplit },
  gem: { manager: "gem", spec: GEM, actions: GEM_ACTIONS, split: colonSplit },
  go: { manager: "go", spec: GO, actions: GO_ACTIONS, split: atSplit },
  cargo: { manager: "cargo", spec: CARGO, actions: CARGO_ACTIONS, split: atSplit },
};

const PIP_NAME = /^pip\d*(\.\d+)?$/;
const PYTHON_NAME = /^python\d*(\.\d+)?$/;

/** `python3 -u -m pip install ...`: the words after `-m pip`. */
function pythonModuleArgs(args: readonly Word[]): readonly Word[] | undefined {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null || !v.startsWith("-")) return undefined;
    if (v === "-m") return args[i + 1]?.value === "pip" ? args.slice(i + 2) : undefined;
    if (v === "-W" || v === "-X") i++;
  }
  return undefined;
}

/** Flags given through `-o APT::Install-Recommends=false` or `--setopt=install_weak_deps=False`. */
function optionFlags(args: ParsedArgs): void {
  for (const f of [...args.flags]) {
    const v = f.value?.value;
    if (!v || (f.name !== "option" && f.name !== "setopt")) continue;
    const [key = "", value = ""] = v.split("=", 2);
    const off = /^(false|0|no|off)$/i.test(value);
    const on = /^(true|1|yes|on)$/i.test(value);
    const k = key.toLowerCase();
    if ((k === "apt::install-recommends" || k === "install_weak_deps") && off)
      args.flags.push({ ...f, name: "no-install-recommends" });
    else if (k === "apt::install-suggests" && off) args.flags.push({ ...f, name: "no-install-suggests" });
    else if (k === "apt::get::assume-yes" && on) args.flags.push({ ...f, name: "yes" });
    else if (k === "tsflags" && value.toLowerCase().includes("nodocs"))
      args.flags.push({ ...f, name: "nodocs" });
  }
}

/** Recognises a package-manager command, or returns undefined. */
export function packageCommand(inv: Invocation): PackageCommand | undefined {
  let name = inv.name;
  let words = inv.args;
  if (PIP_NAME.test(name)) name = "pip";
  else if (PYTHON_NAME.test(name)) {
    const rest = pythonModuleArgs(words);
    if (!rest) return undefined;
    name = "pip";
    words = rest;
  }
  const tool = TOOL_BY_NAME.get(name);
  if (!tool) return undefined;
  const args = parseArgs(words, tool.spec);
  if (tool.spec === APT || tool.spec === RPM) optionFlags(args);
  const positionals = args.positionals;
  // the longest subcommand path in the table: `pm cache rm`, `cache clean`, `install`
  let entry: Entry | undefined;
  let used = 0;
  for (let n = Math.min(3, positionals.length); n >= 1 && !entry; n--) {
    // the first n words joined, null when one is dynamic (a loop: no arrow calls on the cold path)
    let key: string | null = "";
    for (let k = 0; k < n && key !== null; k++) {
      const v = positionals[k]!.value;
      key = v === null ? null : k === 0 ? v : `${key} ${v}`;
    }
    if (key === null) continue;
    entry = Object.hasOwn(tool.actions, key) ? tool.actions[key] : undefined;
    if (entry) used = n;
  }
  if (!entry && positionals.length === 0) entry = tool.actions[""];
  const action: Action = entry === undefined ? "other" : typeof entry === "string" ? entry : entry.action;
  const takesPackages =
    typeof entry === "string" && (action === "install" || action === "remove" || action === "upgrade");
  const subcommands = positionals.slice(0, Math.max(used, positionals.length > 0 && !entry ? 1 : 0));
  const packages: PackageRef[] = [];
  if (takesPackages) {
    for (let k = used; k < positionals.length; k++) {
      const word = positionals[k]!;
      packages.push(packageRef(tool.split(looseText(word)), word));
    }
  }
  // `gem install x -v 1.2`, `cargo install x --version 1.2`
  const versionFlag = args.flags.find((f) => f.name === "version")?.value;
  if (versionFlag && packages.length === 1 && packages[0]!.version === undefined)
    packages[0]!.version = looseText(versionFlag);
  return {
    manager: tool.manager,
    action,
    subcommand: subcommands[0],
    subcommands,
    packages,
    flags: args.flags,
    args,
    invocation: inv,
  };
}

const TOOL_BY_NAME = new Map(Object.entries(TOOLS));

/** One shape for every PackageRef (every key present), not one per combination of split parts. */
function packageRef(split: ReturnType<Split>, word: Word): PackageRef {
  return { name: split.name, version: split.version, release: split.release, word };
}

/**
 * Whether a JavaScript/Python install leaves development dependencies out: npm `--omit=dev`,
 * `--production`, `--only=prod`, `NODE_ENV=production`; yarn/pnpm/bun `--production`/`--prod`;
 * poetry `--only main`, `--without dev`, `--no-dev`; uv `--no-dev`.
 */
export function omitsDevDependencies(p: PackageCommand): boolean {
  const on = (name: string) =>
    p.flags.some((f) => f.name === name && !/^(false|0)$/i.test(f.value?.value ?? ""));
  const valueIs = (name: string, re: RegExp) =>
    p.flags.some((f) => f.name === name && f.value?.value != null && re.test(f.value.value));
  switch (p.manager) {
    case "npm":
      return (
        on("production") ||
        valueIs("omit", /(^|,)dev(,|$)/) ||
        valueIs("only", /^prod(uction)?$/) ||
        p.invocation.env.some((e) => e.name === "NODE_ENV" && e.value === "production")
      );
    case "yarn":
    case "pnpm":
    case "bun":
      return on("production");
    case "poetry":
      return on("no-dev") || valueIs("only", /^main$/) || valueIs("without", /(^|,)dev(,|$)/);
    case "uv":
      return on("no-dev");
    default:
      return false;
  }
}
