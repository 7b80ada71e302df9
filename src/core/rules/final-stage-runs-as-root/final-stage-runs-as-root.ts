import { defineRule } from "../../lint/rule.js";
import { type ImageRef, isWindowsImage } from "../../semantic/image-ref.js";
import type { Instruction } from "../../syntax/cst.js";

/** `root`, UID 0 or Windows' ContainerAdministrator, with or without a group (`root:root`, `0:0`). */
function isRoot(user: string): boolean {
  const name = user.split(":")[0]!.trim();
  return name === "root" || name === "0" || name.toLowerCase() === "containeradministrator";
}

const NON_ROOT_WORD = /(^|[-_.])(nonroot|non-root|rootless|unprivileged)($|[-_.])/;

/**
 * Images known to default to an unprivileged user: distroless `nonroot` tags, Chainguard images
 * (but not their `-dev` variants, which run as root), and images whose tag or repository says so
 * (`*-nonroot`, `*-rootless`, `nginx-unprivileged`).
 */
export function isKnownNonRootImage(ref: ImageRef): boolean {
  const tag = ref.tag?.toLowerCase() ?? "";
  if (NON_ROOT_WORD.test(tag) || NON_ROOT_WORD.test(ref.repository.toLowerCase())) return true;
  if (ref.normalized.registry === "cgr.dev" && ref.path.startsWith("chainguard/")) {
    return !/(^|[-_.])dev($|[-_.])/.test(tag);
  }
  return false;
}

/** `sudo` run as a command: the image's default user is not root (ocaml/opam, CI runner images). */
const SUDO_COMMAND = /(?:^|[\n;&|(]\s*|\b(?:then|do|else)\s+)sudo\s/;
/** Windows-only shells (`pwsh` runs on Linux too). */
const WINDOWS_SHELL = /^(?:powershell|cmd)(?:\.exe)?$/i;

/** The stages' RUNs use `sudo`, or their SHELL is a Windows one: the base image's user is not Linux root. */
function baseUserNotRoot(stages: readonly { instructions: readonly Instruction[] }[]): boolean {
  // indexed loops over the instructions: a for-of costs an iterator and a call per step in cold code
  for (let s = 0; s < stages.length; s++) {
    const instructions = stages[s]!.instructions;
    for (let i = 0; i < instructions.length; i++) {
      const inst = instructions[i]!;
      if (inst.name === "SHELL" && inst.args.type === "command" && inst.args.exec) {
        const shell = inst.args.exec.elements[0]?.value.split(/[\\/]/).pop() ?? "";
        if (WINDOWS_SHELL.test(shell)) return true;
      }
      if (inst.name !== "RUN" || inst.args.type !== "command") continue;
      const text = inst.args.shell?.value ?? inst.args.exec?.elements.map((e) => e.value).join(" ") ?? "";
      // (joining continuation lines only inserts blanks: without "sudo" in the text, no copy to test)
      if (text.includes("sudo") && SUDO_COMMAND.test(text.replace(/\\\r?\n/g, " "))) return true;
      for (const h of inst.heredocs) if (SUDO_COMMAND.test(h.content)) return true;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    name: "final-stage-runs-as-root",
    category: "security",
    severity: "warning",
    description: "The final stage (the image that runs) runs as root",
    sources: [
      { tool: "trivy", id: "DS-0002" },
      { tool: "checkov", id: "CKV_DOCKER_3" },
      { tool: "checkov", id: "CKV_DOCKER_8" },
    ],
    messages: {
      rootUser:
        "The final image runs as {{user}}: add a USER with an unprivileged user after the steps that need root",
      noUser:
        "The final image runs as root: no USER is set in the final stage or the stages it is built from, and {{base}} runs as root",
    },
    presets: ["recommended", "strict"],
  },
  create(ctx) {
    return {
      fileExit() {
        const model = ctx.model;
        const target = model.targetStage();
        if (!target) return;
        const chain = model.baseChain(target);
        // the last top-level USER of the chain (ONBUILD USER does not apply to this image)
        let last: Instruction | undefined;
        for (let s = 0; !last && s < chain.length; s++) {
          const instructions = chain[s]!.instructions;
          for (let i = 0; i < instructions.length; i++) {
            const inst = instructions[i]!;
            if (inst.name === "USER" && inst.rest) last = inst;
          }
        }
        if (last?.rest) {
          const info = model.info(last);
          if (!info) return;
          const r = model.expand(info, last.rest.value);
          if (!r.ok || r.unknown) return;
          if (isRoot(r.value)) {
            // name the account: `runs as root (\`0:0\`)` rather than `runs as 0:0`
            const user = r.value === "root" ? "root" : `root (\`${r.value}\`)`;
            ctx.report({ range: last.rest.range, messageId: "rootUser", data: { user } });
          }
          return;
        }
        const root = chain[chain.length - 1]!;
        let baseName: string;
        if (root.base.kind === "scratch") {
          // no CMD or ENTRYPOINT on scratch: nothing runs by default; an artifact or data image
          // (`docker build --output`, extension and plugin images) rather than a container
          if (!chain.some((s) => s.instructions.some((i) => i.name === "CMD" || i.name === "ENTRYPOINT")))
            return;
          baseName = "scratch";
        } else if (root.base.kind === "image") {
          const ref = root.base.ref;
          // an image we cannot resolve (`FROM ${IMAGE}`) may be anything
          if (!ref.valid || isKnownNonRootImage(ref) || isWindowsImage(ref)) return;
          // an image we know nothing of, whose user the Dockerfile shows is not root
          if (baseUserNotRoot(chain)) return;
          baseName = ref.raw;
        } else return;
        const from = target.from;
        const word = from.args.type === "from" ? from.args.image : undefined;
        ctx.report({
          range: word?.range ?? from.keywordRange,
          messageId: "noUser",
          data: { base: root === target ? `the base image ${baseName}` : `its base image ${baseName}` },
        });
      },
    };
  },
});
