import { defineRule } from "../../lint/rule.js";
import { goQuote } from "../undefined-var/variables.js";

const KNOWN_OS = new Set([
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "hurd",
  "illumos",
  "ios",
  "js",
  "linux",
  "nacl",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "wasip1",
  "windows",
  "zos",
]);
const KNOWN_ARCH = new Set([
  "386",
  "amd64",
  "amd64p32",
  "arm",
  "armbe",
  "arm64",
  "arm64be",
  "loong64",
  "mips",
  "mipsle",
  "mips64",
  "mips64le",
  "mips64p32",
  "mips64p32le",
  "ppc",
  "ppc64",
  "ppc64le",
  "riscv",
  "riscv64",
  "s390",
  "s390x",
  "sparc",
  "sparc64",
  "wasm",
]);
const COMPONENT = /^[A-Za-z0-9_.-]+$/;

/** containerd's architecture normalisation (the part that matters for names). */
function normalizeArch(arch: string): string {
  switch (arch) {
    case "i386":
      return "386";
    case "x86_64":
    case "x86-64":
    case "amd64":
      return "amd64";
    case "aarch64":
    case "arm64":
      return "arm64";
    case "armhf":
    case "armel":
    case "arm":
      return "arm";
    default:
      return arch;
  }
}

/** containerd's `platforms.Parse`, reduced to OS and architecture; undefined when invalid. */
export function parsePlatform(text: string): { os: string; arch: string } | undefined {
  const parts = text.split("/");
  if (parts.length > 3 || parts.some((p) => !COMPONENT.test(p))) return undefined;
  const first = parts[0]!.toLowerCase();
  if (parts.length === 1) {
    if (KNOWN_OS.has(first)) return { os: first, arch: "" };
    const arch = normalizeArch(first);
    return KNOWN_ARCH.has(arch) ? { os: "linux", arch } : undefined;
  }
  const arch = normalizeArch(parts[1]!.toLowerCase());
  return { os: first, arch };
}

export default defineRule({
  meta: {
    name: "from-platform-constant",
    category: "reproducibility",
    severity: "warning",
    description: "FROM --platform flag should not use a constant value",
    sources: [{ tool: "buildkit", id: "FromPlatformFlagConstDisallowed" }],
    messages: { constant: "FROM --platform flag should not use constant value {{platform}}" },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    return {
      FROM(inst, info, onbuild) {
        if (onbuild || inst.args.type !== "from") return;
        const flag = inst.flags.find((f) => f.name === "platform");
        if (!flag?.value || flag.value.includes("$")) return;
        const expanded = ctx.model.expand(info, flag.value);
        if (!expanded.ok || expanded.references.length > 0) return;
        const p = parsePlatform(expanded.value);
        if (!p) return;
        // a stage named after the platform (`AS build-arm64`) is deliberate
        const stage = inst.args.stage?.value.toLowerCase() ?? "";
        if (stage.includes(p.os) || (p.arch && stage.includes(p.arch))) return;
        ctx.report({
          range: flag.valueRange ?? flag.range,
          messageId: "constant",
          data: { platform: goQuote(expanded.value) },
        });
      },
    };
  },
});
