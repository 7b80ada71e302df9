/**
 * useradd / adduser (Debian and BusyBox) / groupadd / addgroup: ids, names and the flags rules
 * care about (`-l`/`--no-log-init`, system accounts, home, shell).
 */
import type { Word } from "../types.js";
import { type FlagSpec, type Invocation, type ParsedArgs, type ParsedFlag, parseArgs } from "./argv.js";

const USERADD: FlagSpec = {
  flags: {
    uid: ["-u", "--uid"],
    gid: ["-g", "--gid"],
    "no-log-init": ["-l", "--no-log-init"],
    "create-home": ["-m", "--create-home"],
    "no-create-home": ["-M", "--no-create-home"],
    system: ["-r", "--system"],
    shell: ["-s", "--shell"],
    home: ["-d", "--home-dir", "--home"],
    "base-dir": ["-b", "--base-dir"],
    groups: ["-G", "--groups"],
    comment: ["-c", "--comment"],
    "user-group": ["-U", "--user-group"],
    "no-user-group": ["-N", "--no-user-group"],
    "non-unique": ["-o", "--non-unique"],
    password: ["-p", "--password"],
    skel: ["-k", "--skel"],
    expiredate: ["-e", "--expiredate"],
    inactive: ["-f", "--inactive"],
    key: ["-K", "--key"],
    root: ["-R", "--root"],
  },
  withValue: [
    "uid",
    "gid",
    "shell",
    "home",
    "base-dir",
    "groups",
    "comment",
    "password",
    "skel",
    "expiredate",
    "inactive",
    "key",
    "root",
  ],
};

/** Debian's adduser (long options) and BusyBox's (short ones) in one table. */
const ADDUSER: FlagSpec = {
  flags: {
    uid: ["-u", "--uid"],
    gid: ["--gid"],
    group: ["-G", "--ingroup"],
    "user-group": ["--group"],
    system: ["-S", "--system"],
    "no-create-home": ["-H", "--no-create-home"],
    disabled: ["-D", "--disabled-password", "--disabled-login"],
    shell: ["-s", "--shell"],
    home: ["-h", "--home"],
    gecos: ["-g", "--gecos", "--comment"],
    skel: ["-k"],
    quiet: ["--quiet", "-q"],
    firstuid: ["--firstuid"],
    lastuid: ["--lastuid"],
  },
  withValue: ["uid", "gid", "group", "shell", "home", "gecos", "skel", "firstuid", "lastuid"],
};

const GROUPADD: FlagSpec = {
  flags: {
    gid: ["-g", "--gid"],
    system: ["-r", "--system", "-S"],
    force: ["-f", "--force"],
    "non-unique": ["-o", "--non-unique"],
    key: ["-K", "--key"],
    password: ["-p", "--password"],
    root: ["-R", "--root"],
    quiet: ["--quiet", "-q"],
  },
  withValue: ["gid", "key", "password", "root"],
};

export type UserTool = "useradd" | "adduser" | "groupadd" | "addgroup";

export interface UserCreation {
  tool: UserTool;
  /** creates a group (groupadd, addgroup) rather than a user */
  isGroup: boolean;
  flags: ParsedFlag[];
  args: ParsedArgs;
  /** the user or group name */
  name?: Word;
  /** the numeric uid (user tools) or gid (group tools) when static */
  id?: number;
  /** the word of that id (`-u 10001`, `--gid 1000`) */
  idWord?: Word;
  /** useradd `-g`, Debian adduser `--gid`/`--ingroup`, BusyBox adduser `-G`: the primary group */
  group?: Word;
  system: boolean;
  /** useradd `-l`: no large sparse /var/log/lastlog for a high uid */
  noLogInit: boolean;
  /** true with `-m`, false with `-M`/`-H`/`--no-create-home`, undefined when the default applies */
  createHome: boolean | undefined;
  shell?: Word;
  home?: Word;
  invocation: Invocation;
}

export function userCreation(inv: Invocation): UserCreation | undefined {
  const tool = inv.name as UserTool;
  const spec =
    tool === "useradd"
      ? USERADD
      : tool === "adduser"
        ? ADDUSER
        : tool === "groupadd" || tool === "addgroup"
          ? GROUPADD
          : undefined;
  if (!spec) return undefined;
  const args = parseArgs(inv.args, spec);
  const isGroup = tool === "groupadd" || tool === "addgroup";
  const get = (name: string) => args.flags.find((f) => f.name === name);
  const idWord = get(isGroup ? "gid" : "uid")?.value;
  const v = idWord?.value;
  const group = isGroup ? undefined : (get("gid") ?? get("group"))?.value;
  const createHome = get("create-home") ? true : get("no-create-home") ? false : undefined;
  const out: UserCreation = {
    tool,
    isGroup,
    flags: args.flags,
    args,
    system: get("system") !== undefined,
    noLogInit: get("no-log-init") !== undefined,
    createHome,
    invocation: inv,
  };
  const name = args.positionals[0];
  if (name) out.name = name;
  if (idWord) out.idWord = idWord;
  if (v && /^\d+$/.test(v)) out.id = Number(v);
  if (group) out.group = group;
  const shell = get("shell")?.value;
  if (shell) out.shell = shell;
  const home = get("home")?.value;
  if (home) out.home = home;
  return out;
}
