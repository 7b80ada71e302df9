/**
 * Build-phase checks: what BuildKit's parser accepts but its instruction dispatch rejects
 * (unknown instructions and flags, flag values, argument counts). Kept apart from parsing, as in
 * BuildKit, so that the parser fixtures that would fail here still parse. Never throws.
 */
import type { Diagnostic, Flag, Instruction } from "./cst.js";

type FlagType = "string" | "bool" | "duration" | "int";
interface FlagSpec {
  type: FlagType;
  repeatable?: boolean;
  values?: readonly string[];
}

const FLAGS: Record<string, Record<string, FlagSpec> | "ignored"> = {
  FROM: { platform: { type: "string" } },
  RUN: {
    mount: { type: "string", repeatable: true },
    network: { type: "string", values: ["default", "none", "host"] },
    security: { type: "string", values: ["sandbox", "insecure"] },
    device: { type: "string", repeatable: true },
  },
  COPY: {
    from: { type: "string" },
    chown: { type: "string" },
    chmod: { type: "string" },
    link: { type: "bool" },
    parents: { type: "bool" },
    exclude: { type: "string", repeatable: true },
  },
  ADD: {
    chown: { type: "string" },
    chmod: { type: "string" },
    checksum: { type: "string" },
    link: { type: "bool" },
    "keep-git-dir": { type: "bool" },
    unpack: { type: "bool" },
    exclude: { type: "string", repeatable: true },
  },
  HEALTHCHECK: {
    interval: { type: "duration" },
    timeout: { type: "duration" },
    "start-period": { type: "duration" },
    "start-interval": { type: "duration" },
    retries: { type: "int" },
  },
  ARG: "ignored",
  STOPSIGNAL: "ignored",
};

const MOUNT_KEYS = new Set([
  "type",
  "from",
  "source",
  "src",
  "target",
  "dst",
  "destination",
  "ro",
  "readonly",
  "rw",
  "readwrite",
  "required",
  "size",
  "id",
  "sharing",
  "mode",
  "uid",
  "gid",
  "env",
]);
const MOUNT_TYPES = new Set(["bind", "cache", "tmpfs", "secret", "ssh"]);
const STAGE_NAME = /^[a-z][a-z0-9\-_.]*$/;
const GO_DURATION = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;

export function validateInstruction(inst: Instruction, out: Diagnostic[], inOnbuild = false): void {
  const report = (message: string, range = inst.range, code = "invalid-instruction") =>
    out.push({ code, message, severity: "error", phase: "build", range });

  if (!inst.known) {
    report(`unknown instruction: ${inst.keyword}`, inst.keywordRange, "unknown-instruction");
    return;
  }
  if (inst.flags.length > 0) validateFlags(inst, report);
  const args = inst.args;
  const needOne = () => {
    if (!inst.rest) report(`${inst.name} requires exactly one argument`);
  };
  switch (args.type) {
    case "from": {
      const count = [args.image, args.as, args.stage].filter(Boolean).length + args.extra.length;
      if (count !== 1 && !(count === 3 && args.stage)) report("FROM requires either one or three arguments");
      if (args.stage && !STAGE_NAME.test(args.stage.value.toLowerCase())) {
        report(
          `invalid name for build stage: "${args.stage.value}", name can't start with a number or contain symbols`,
          args.stage.range,
        );
      }
      break;
    }
    case "copy": {
      const count = args.sources.length + (args.destination ? 1 : 0);
      if (count < 2) {
        report(
          `${inst.name} requires at least two arguments, but only one was provided. Destination could not be determined`,
        );
      } else if (args.destination?.value.startsWith("<<") && inst.heredocs.length > 0) {
        report(`${inst.name} cannot accept a heredoc as a destination`, args.destination.range);
      }
      break;
    }
    case "command":
      if (inst.name === "SHELL" && args.form !== "exec")
        report("SHELL requires the arguments to be in JSON form");
      break;
    case "keyValue":
    case "arg":
    case "expose":
    case "volume":
      if (!inst.rest) report(`${inst.name} requires at least one argument`);
      break;
    case "user":
    case "single":
      needOne();
      break;
    case "healthcheck": {
      if (!args.kind) break;
      const kind = args.kind.value.toUpperCase();
      if (kind === "NONE") {
        if (args.form !== "none") report("HEALTHCHECK NONE takes no arguments");
      } else if (kind === "CMD") {
        if (args.form === "none") report("Missing command after HEALTHCHECK CMD");
      } else report(`Unknown type "${args.kind.value}" in HEALTHCHECK (try CMD)`, args.kind.range);
      break;
    }
    case "onbuild": {
      const inner = args.instruction;
      if (!inner) {
        report("ONBUILD requires at least one argument");
        break;
      }
      if (inner.name === "ONBUILD" || inner.name === "FROM" || inner.name === "MAINTAINER") {
        report(`${inner.name} isn't allowed as an ONBUILD trigger`, inner.keywordRange);
      } else if (!inOnbuild) validateInstruction(inner, out, true);
      break;
    }
    case "unknown":
      break;
  }
}

function validateFlags(
  inst: Instruction,
  report: (message: string, range?: Flag["range"], code?: string) => void,
) {
  let specs = FLAGS[inst.name];
  if (specs === "ignored") return;
  if (inst.name === "HEALTHCHECK" && inst.args.type === "healthcheck") {
    if (inst.args.kind?.value.toUpperCase() === "NONE") return; // never parsed by BuildKit
  }
  specs ??= {};
  const seen = new Set<string>();
  for (const flag of inst.flags) {
    const spec = specs[flag.name];
    if (!spec) {
      report(`unknown flag: --${flag.name}`, flag.nameRange, "unknown-flag");
      continue;
    }
    if (seen.has(flag.name) && !spec.repeatable) {
      report(`duplicate flag specified: --${flag.name}`, flag.range, "duplicate-flag");
    }
    seen.add(flag.name);
    const value = flag.value;
    const where = flag.valueRange ?? flag.range;
    if (spec.type === "bool") {
      if (value !== null && !/^(true|false)$/i.test(value)) {
        report(`expecting boolean value for flag --${flag.name}, not: ${value}`, where, "invalid-flag-value");
      }
      continue;
    }
    if (value === null) {
      report(`missing a value on flag: --${flag.name}`, flag.range, "invalid-flag-value");
      continue;
    }
    if (value.includes("$")) continue; // expanded at build time
    if (spec.values && !spec.values.includes(value)) {
      report(`invalid value "${value}" for --${flag.name}: expected one of ${spec.values.join(", ")}`, where);
    } else if (spec.type === "duration" && value !== "0" && !GO_DURATION.test(value)) {
      report(`invalid duration for --${flag.name}: ${value}`, where, "invalid-flag-value");
    } else if (spec.type === "int" && !/^\d+$/.test(value)) {
      report(
        `invalid value for --${flag.name}: ${value} (a non-negative integer)`,
        where,
        "invalid-flag-value",
      );
    }
    if (flag.options && flag.name === "mount") validateMount(flag, report);
  }
}

function validateMount(flag: Flag, report: (message: string, range?: Flag["range"], code?: string) => void) {
  for (const option of flag.options ?? []) {
    if (!MOUNT_KEYS.has(option.key)) {
      report(`unexpected key '${option.key}' in '${flag.value}'`, option.range, "invalid-mount");
    } else if (
      option.key === "type" &&
      option.value !== null &&
      !MOUNT_TYPES.has(option.value.toLowerCase())
    ) {
      report(`unsupported mount type "${option.value}"`, option.range, "invalid-mount");
    }
  }
}
