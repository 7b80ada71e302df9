import { defineRule } from "../../lint/rule.js";
import type { InstructionInfo } from "../../semantic/model.js";
import type { Invocation } from "../../shell/commands/index.js";
import { commandModels } from "../../shell/commands/index.js";
import type { SimpleCommand, Word } from "../../shell/types.js";
import type { KeyValue } from "../../syntax/cst.js";
import type { Range } from "../../text/range.js";

const FALSE = /^(false|0|no|off)$/i;

const NODE_MANAGERS = new Set(["npm", "yarn", "pnpm"]);
const RPM_TOOLS = new Set([
  "yum",
  "dnf",
  "microdnf",
  "tdnf",
  "yum-config-manager",
  "dnf-config-manager",
  "dnf-3",
]);
const FILE_WRITERS = new Set(["echo", "printf", "sed", "tee", "cat", "crudini"]);

/**
 * An environment variable that turns certificate verification off, with its Checkov check.
 * `disables(value)` tells whether the value turns it off (`null`: unknown value).
 */
interface EnvVar {
  code: string;
  disables: (v: string | null) => boolean;
}
/** The variables by exact name (a Map: every assignment is looked up), and npm's, in any case. */
const ENV_VARS = new Map<string, EnvVar>([
  ["PYTHONHTTPSVERIFY", { code: "CKV2_DOCKER_5", disables: (v) => v === "0" }],
  ["NODE_TLS_REJECT_UNAUTHORIZED", { code: "CKV2_DOCKER_6", disables: (v) => v === "0" }],
  // git disables verification whatever the value; pip trusts the hosts listed
  ["GIT_SSL_NO_VERIFY", { code: "CKV2_DOCKER_14", disables: () => true }],
  ["PIP_TRUSTED_HOST", { code: "CKV2_DOCKER_16", disables: (v) => v !== "" }],
]);
const NPM_STRICT_SSL_NAME = /^NPM_CONFIG_STRICT_SSL$/i;
const NPM_STRICT_SSL: EnvVar = { code: "CKV2_DOCKER_12", disables: (v) => v !== null && FALSE.test(v) };

const SSLVERIFY_OFF = /(^|[\s'"\]/])sslverify\s*=\s*(0|false|no)\b/i;
const GIT_SSLVERIFY = /^http\.(.+\.)?sslverify$/i;

interface Finding {
  range: Range;
  code: string;
  what: string;
}

const span = (a: Word, b: Word): Range => ({ start: a.range.start, end: b.range.end });

const envVar = (name: string): EnvVar | undefined =>
  ENV_VARS.get(name) ?? (NPM_STRICT_SSL_NAME.test(name) ? NPM_STRICT_SSL : undefined);

function envFinding(name: string, value: string | null, range: Range): Finding | undefined {
  const v = envVar(name);
  if (!v?.disables(value)) return undefined;
  return { range, code: v.code, what: `${name}${value === null ? "" : `=${value}`}` };
}

const ENV_SETTERS = new Set(["export", "env", "declare"]);

/** `A=1 cmd`, `export A=1`, `env A=1 cmd` */
function assignments(command: SimpleCommand): Finding[] {
  const out: Finding[] = [];
  for (const a of command.assignments) {
    const range = { start: a.value.range.start - a.name.length - 1, end: a.value.range.end };
    const f = envFinding(a.name, a.value.value, range);
    if (f) out.push(f);
  }
  if (ENV_SETTERS.has(command.name?.value ?? "")) {
    for (const w of command.args) {
      const m = w.value === null ? null : /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w.value);
      if (!m) continue;
      const f = envFinding(m[1]!, m[2]!, w.range);
      if (f) out.push(f);
    }
  }
  return out;
}

function nodeConfig(inv: Invocation): Finding | undefined {
  const args = inv.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    // --strict-ssl=false, --strict-ssl false
    if (v === "--strict-ssl=false" || (v === "--strict-ssl" && args[i + 1]?.value === "false"))
      return {
        range: v === "--strict-ssl" ? span(args[i]!, args[i + 1]!) : args[i]!.range,
        code: "CKV2_DOCKER_13",
        what: `${inv.name} --strict-ssl=false`,
      };
    if (v === "--no-strict-ssl")
      return { range: args[i]!.range, code: "CKV2_DOCKER_13", what: `${inv.name} --no-strict-ssl` };
    // config set strict-ssl false | set strict-ssl=false
    if (v === "strict-ssl" || v === "strict-ssl=false" || v === "strictSsl") {
      const prev = args.slice(0, i).map((w) => w.value);
      if (!prev.includes("set")) continue;
      if (v === "strict-ssl=false")
        return {
          range: args[i]!.range,
          code: "CKV2_DOCKER_13",
          what: `${inv.name} config set strict-ssl=false`,
        };
      const next = args[i + 1];
      if (next?.value != null && FALSE.test(next.value))
        return {
          range: span(args[i]!, next),
          code: "CKV2_DOCKER_13",
          what: `${inv.name} config set ${v} ${next.value}`,
        };
    }
  }
  return undefined;
}

function gitConfig(inv: Invocation): Finding | undefined {
  const args = inv.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    // git -c http.sslVerify=false ...
    if (v === "-c") {
      const kv = args[i + 1]?.value;
      const m = kv ? /^([^=]+)=(.*)$/.exec(kv) : null;
      if (m && GIT_SSLVERIFY.test(m[1]!) && FALSE.test(m[2]!))
        return { range: args[i + 1]!.range, code: "CKV2_DOCKER_14", what: `git -c ${kv}` };
      i++;
      continue;
    }
    // git config [--global] http.sslVerify false
    if (GIT_SSLVERIFY.test(v) && args.slice(0, i).some((w) => w.value === "config")) {
      const next = args[i + 1];
      if (next?.value != null && FALSE.test(next.value))
        return { range: span(args[i]!, next), code: "CKV2_DOCKER_14", what: `git config ${v} ${next.value}` };
    }
  }
  return undefined;
}

/** pip, uv, and python with a `pip` argument (`python3 -m pip`). */
function pipTrustedHost(inv: Invocation): Finding | undefined {
  if (inv.name.startsWith("python") && !inv.args.some((w) => w.value === "pip")) return undefined;
  const word = inv.args.find(
    (w) =>
      w.value !== null &&
      (w.value === "--trusted-host" ||
        w.value.startsWith("--trusted-host=") ||
        /^(global|install)\.trusted-host$/.test(w.value)),
  );
  return word ? { range: word.range, code: "CKV2_DOCKER_4", what: "pip --trusted-host" } : undefined;
}

function rpmSslVerify(inv: Invocation): Finding | undefined {
  const rpm = RPM_TOOLS.has(inv.name);
  const writer = FILE_WRITERS.has(inv.name);
  for (const w of inv.args) {
    const v = w.value ?? w.raw;
    if (rpm && /^--setopt=(.+\.)?sslverify=(0|false|no)$/i.test(v))
      return { range: w.range, code: "CKV2_DOCKER_15", what: `${inv.name} ${v}` };
    if (writer && SSLVERIFY_OFF.test(v))
      return { range: w.range, code: "CKV2_DOCKER_15", what: "sslverify=false in a yum/dnf configuration" };
  }
  return undefined;
}

type CommandCheck = (inv: Invocation) => Finding | undefined;

/**
 * The argument check of each command, by name (their names do not overlap): a Map, so the checks
 * of other commands are not called for every command of every RUN. pip and python are matched with
 * their version suffix by PIP_OR_PYTHON.
 */
const COMMAND_CHECKS = new Map<string, CommandCheck>([
  ...[...NODE_MANAGERS].map((name): [string, CommandCheck] => [name, nodeConfig]),
  ["git", gitConfig],
  ...[...RPM_TOOLS, ...FILE_WRITERS].map((name): [string, CommandCheck] => [name, rpmSslVerify]),
  ["uv", pipTrustedHost],
]);
const PIP_OR_PYTHON = /^(pip|python)[0-9.]*$/;

export default defineRule({
  meta: {
    name: "tls-verification-disabled",
    category: "security",
    severity: "warning",
    description:
      "TLS certificate verification is turned off (curl -k, wget --no-check-certificate, pip --trusted-host, strict-ssl false, sslVerify false, NODE_TLS_REJECT_UNAUTHORIZED=0, ...)",
    sources: [
      { tool: "checkov", id: "CKV2_DOCKER_2" },
      { tool: "checkov", id: "CKV2_DOCKER_3" },
      { tool: "checkov", id: "CKV2_DOCKER_4" },
      { tool: "checkov", id: "CKV2_DOCKER_5" },
      { tool: "checkov", id: "CKV2_DOCKER_6" },
      { tool: "checkov", id: "CKV2_DOCKER_12" },
      { tool: "checkov", id: "CKV2_DOCKER_13" },
      { tool: "checkov", id: "CKV2_DOCKER_14" },
      { tool: "checkov", id: "CKV2_DOCKER_15" },
      { tool: "checkov", id: "CKV2_DOCKER_16" },
    ],
    messages: {
      disabled:
        "`{{what}}` turns off TLS certificate verification: downloads can be tampered with; install the CA certificate instead",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    const report = (f: Finding) =>
      ctx.report({ range: f.range, messageId: "disabled", data: { what: f.what }, code: f.code });
    /** `ENV`/`ARG` pairs: an ARG's default is in the environment of the stage's RUNs, like an ENV. */
    const checkPairs = (pairs: KeyValue[], info: InstructionInfo, onbuild: boolean, needValue: boolean) => {
      for (const p of pairs) {
        // only the variables of ENV_VARS matter: no expansion for the others
        if (!envVar(p.key.value)) continue;
        // an ARG without a default sets nothing unless the build passes a value
        if (needValue && p.value === null) continue;
        const written = p.value?.value ?? "";
        // quotes removed, variables expanded (unknown in an ONBUILD trigger: it runs in another build)
        const e = onbuild && written.includes("$") ? null : ctx.model.expand(info, written);
        const value = e?.ok && !e.unknown ? e.value : null;
        const f = envFinding(p.key.value, value, p.key.range);
        if (f) report({ ...f, what: p.key.value + (value === null ? "" : `=${value}`) });
      }
    };
    return {
      ENV(inst, info, onbuild) {
        if (inst.args.type === "keyValue") checkPairs(inst.args.pairs, info, onbuild !== undefined, false);
      },
      ARG(inst, info, onbuild) {
        if (inst.args.type === "arg") checkPairs(inst.args.args, info, onbuild !== undefined, true);
      },
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        // indexed loops over the commands: a for-of costs an iterator and a call per step in cold code
        for (let i = 0; i < sh.commands.length; i++) {
          const command = sh.commands[i]!;
          // most commands assign nothing: skip the call
          if (command.assignments.length === 0 && !ENV_SETTERS.has(command.name?.value ?? "")) continue;
          for (const f of assignments(command)) report(f);
        }
        const models = commandModels(sh);
        for (let i = 0; i < models.length; i++) {
          const { invocation, download } = models[i]!;
          if (download?.insecure) {
            const flag = download.args.flags.find((f) => f.name === "insecure")!;
            report({
              range: flag.word.range,
              code: download.tool === "curl" ? "CKV2_DOCKER_2" : "CKV2_DOCKER_3",
              what: `${download.tool} ${flag.word.value}`,
            });
          }
          const check =
            COMMAND_CHECKS.get(invocation.name) ??
            (PIP_OR_PYTHON.test(invocation.name) ? pipTrustedHost : undefined);
          const f = check?.(invocation);
          if (f) report(f);
        }
      },
    };
  },
});
