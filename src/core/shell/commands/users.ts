/** useradd / adduser / groupadd / addgroup: ids and the flags rules care about. */
import type { Word } from "../types.js";
import { type FlagSpec, type Invocation, type ParsedArgs, parseArgs } from "./argv.js";

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
    groups: ["-G", "--groups"],
    comment: ["-c", "--comment"],
    "user-group": ["-U", "--user-group"],
    "non-unique": ["-o", "--non-unique"],
    password: ["-p", "--password"],
  },
  withValue: ["uid", "gid", "shell", "home", "groups", "comment", "password"],
};
/** Debian adduser and BusyBox adduser share most spellings. */
const ADDUSER: FlagSpec = {
  flags: {
    uid: ["-u", "--uid"],
    gid: ["--gid"],
    group: ["-G", "--ingroup"],
    system: ["-S", "--system"],
    "no-create-home": ["-H", "--no-create-home"],
    disabled: ["-D", "--disabled-password", "--disabled-login"],
    shell: ["-s", "--shell"],
    home: ["-h", "--home"],
    gecos: ["-g", "--gecos"],
  },
  withValue: ["uid", "gid", "group", "shell", "home", "gecos"],
};
const GROUPADD: FlagSpec = {
  flags: { gid: ["-g", "--gid"], system: ["-r", "--system", "-S"] },
  withValue: ["gid"],
};

export interface UserCreation {
  tool: "useradd" | "adduser" | "groupadd" | "addgroup";
  args: ParsedArgs;
  /** the numeric id when static */
  id?: number;
  idWord?: Word;
  name?: Word;
  invocation: Invocation;
}

export function userCreation(inv: Invocation): UserCreation | undefined {
  const spec =
    inv.name === "useradd"
      ? USERADD
      : inv.name === "adduser"
        ? ADDUSER
        : inv.name === "groupadd" || inv.name === "addgroup"
          ? GROUPADD
          : undefined;
  if (!spec) return undefined;
  const args = parseArgs(inv.args, spec);
  const idFlag = args.flags.find(
    (f) => f.name === (inv.name === "useradd" || inv.name === "adduser" ? "uid" : "gid"),
  );
  const idWord = idFlag?.value;
  const id = idWord?.value && /^\d+$/.test(idWord.value) ? Number(idWord.value) : undefined;
  return {
    tool: inv.name as UserCreation["tool"],
    args,
    id,
    idWord,
    name: args.positionals[0],
    invocation: inv,
  };
}
