import { defineRule } from "../../lint/rule.js";
import type { SemanticModel, Stage } from "../../semantic/model.js";
import type { Flag, Instruction } from "../../syntax/cst.js";

const TARGET_ARGS = new Set(["TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"]);
const TARGET_REF = /\$\{?(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)(?![A-Za-z0-9_])/g;
const BUILD_REF = /\$\{?(BUILDPLATFORM|BUILDOS|BUILDARCH)(?![A-Za-z0-9_])/;
/** a compiler run as a command (start of the script, or after `&&`, `||`, `;`, `|`, `(` or a line break) */
const NATIVE_BUILD =
  /(?:^|[\n;&|(]\s*|\bthen\s+|\bdo\s+)((?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*)((?:go|tinygo)\s+(?:build|install)|cargo\s+(?:build|install)|rustc|gcc|g\+\+|clang|clang\+\+|cc|c\+\+|make|cmake|ninja|dotnet\s+(?:build|publish))(?=\s|$)([^\n;&|]*)/gm;
/** the command names its own target (`cargo build --target wasm32-wasi`, `GOOS=js GOARCH=wasm go build`) */
const EXPLICIT_TARGET =
  /(?:^|\s)(?:--?target|--arch|-arch|--host|-r|--runtime)(?:[=\s]|$)|\b(?:GOOS|GOARCH|CARGO_BUILD_TARGET|CC|CROSS_COMPILE)=/;
const ENV_TARGET = new Set(["GOOS", "GOARCH", "CARGO_BUILD_TARGET", "CC", "CROSS_COMPILE"]);

/**
 * A build tool installed for the builder to run (`go install golang.org/x/tools/cmd/goimports@v0.20.0`,
 * `cargo install cargo-chef`): a remote module or crate, not the project's own code.
 */
function toolInstall(compiler: string, rest: string): boolean {
  if (/^go\s+install$/.test(compiler)) return rest.split(/\s+/).some((w) => /^[^-$][^@\s]*@\S+$/.test(w));
  if (/^cargo\s+install$/.test(compiler)) return !/(?:^|\s)--path(?:[=\s]|$)/.test(rest);
  return false;
}

/** The first compiler command in a script that does not name its own target. */
function nativeCompiler(script: string): string | undefined {
  const text = script.replace(/\\\r?\n/g, " ");
  for (const m of text.matchAll(NATIVE_BUILD)) {
    if (EXPLICIT_TARGET.test(`${m[1]} ${m[3]}`)) continue;
    const compiler = m[2]!.replace(/\s+/g, " ");
    if (!toolInstall(compiler, m[3]!.trim())) return compiler;
  }
  return undefined;
}

/** The script text of a RUN: shell text or exec words, and heredoc bodies. */
function runText(inst: Instruction): string {
  const parts: string[] = [];
  if (inst.args.type === "command") {
    if (inst.args.shell) parts.push(inst.args.shell.value);
    if (inst.args.exec) parts.push(inst.args.exec.elements.map((e) => e.value).join(" "));
  }
  for (const h of inst.heredocs) parts.push(h.content);
  return parts.join("\n");
}

interface StageFacts {
  /** TARGET* ARGs declared in the stage */
  declared: Set<string>;
  /** a declared TARGET* ARG referenced in a RUN, ENV or ARG default */
  crossArg?: string;
  runtimeConfig: boolean;
  /** ENV names a compile target (GOARCH, CARGO_BUILD_TARGET, CC, ...) */
  fixedTarget?: boolean;
}

function stageFacts(stage: Stage): StageFacts {
  const facts: StageFacts = { declared: new Set(), runtimeConfig: false };
  // indexed loop: it runs for every instruction, and a for-of costs an iterator and a call per step in cold code
  const instructions = stage.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const inst = instructions[i]!;
    if (inst.name === "ARG" && inst.args.type === "arg") {
      for (const a of inst.args.args) if (TARGET_ARGS.has(a.key.value)) facts.declared.add(a.key.value);
    } else if (inst.name === "ENV" && inst.args.type === "keyValue") {
      for (const p of inst.args.pairs) if (ENV_TARGET.has(p.key.value)) facts.fixedTarget = true;
    } else if (inst.name === "CMD" || inst.name === "ENTRYPOINT") {
      facts.runtimeConfig = true;
    }
  }
  // only a declared TARGET* ARG counts, so without one there is nothing to look for
  if (facts.declared.size > 0) facts.crossArg = crossArg(stage, facts.declared);
  return facts;
}

/** The first declared TARGET* ARG referenced in an ARG default, ENV value or RUN, in order. */
function crossArg(stage: Stage, declared: Set<string>): string | undefined {
  const texts: string[] = [];
  for (const inst of stage.instructions) {
    if (inst.name === "ARG" && inst.args.type === "arg") {
      for (const a of inst.args.args) if (a.value) texts.push(a.value.value);
    } else if (inst.name === "ENV" && inst.args.type === "keyValue") {
      for (const p of inst.args.pairs) if (p.value) texts.push(p.value.value);
    } else if (inst.name === "RUN") texts.push(runText(inst));
  }
  for (const text of texts) {
    if (!text.includes("TARGET")) continue;
    for (const m of text.matchAll(TARGET_REF)) if (declared.has(m[1]!)) return m[1];
  }
  return undefined;
}

/** A compiler command run in the stage (the first RUN that has one); computed only where asked. */
function stageCompiler(stage: Stage): string | undefined {
  for (const inst of stage.instructions) {
    if (inst.name !== "RUN") continue;
    const compiler = nativeCompiler(runText(inst));
    if (compiler !== undefined) return compiler;
  }
  return undefined;
}

function platformFlag(stage: Stage): Flag | undefined {
  // a loop, not .find() with an arrow: it runs for every stage
  const flags = stage.from.flags;
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === "platform") return flags[i];
  return undefined;
}

function stageLabel(stage: Stage): string {
  return stage.name ?? `#${stage.index}`;
}

/**
 * Stages whose filesystem is an image that runs: the build target, stages no other stage uses that
 * set CMD or ENTRYPOINT (other targets' runtime images), and the stages those are built FROM.
 */
function runtimeStages(model: SemanticModel, used: Set<number>, facts: StageFacts[]): Set<number> {
  const out = new Set<number>();
  const target = model.targetStage();
  const roots = model.stages.filter(
    (s) => s === target || (!used.has(s.index) && facts[s.index]!.runtimeConfig),
  );
  for (const root of roots) for (const s of model.baseChain(root)) out.add(s.index);
  return out;
}

export default defineRule({
  meta: {
    name: "cross-compile-platform",
    category: "correctness",
    severity: "warning",
    description: "A cross-compiling stage lacks --platform=$BUILDPLATFORM, or a runtime stage has it",
    sources: [],
    fix: { availability: "sometimes", safety: "unsafe" },
    messages: {
      emulated:
        "Stage {{stage}} cross-compiles with ${{arg}} but runs on the target platform: on other architectures its RUN steps are emulated (slow); add --platform=$BUILDPLATFORM to this FROM",
      runtime:
        "--platform={{value}} on a stage of the image that runs (stage {{stage}}): the image gets the builder's architecture instead of the target's; remove it",
      native:
        "Stage {{stage}} runs on the build platform but compiles ({{tool}}) without TARGETOS/TARGETARCH: its output is built for the builder's architecture; declare ARG TARGETOS TARGETARCH and pass them to the compiler, or remove --platform",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      fileExit() {
        const model = ctx.model;
        const stages = model.stages;
        if (stages.length === 0) return;
        const facts = stages.map(stageFacts);
        // both checks below start from a stage using a TARGET* ARG or a FROM --platform=$BUILD*: most
        // files have neither, and need none of the stage graph
        let relevant = false;
        for (let i = 0; !relevant && i < stages.length; i++) {
          relevant =
            facts[i]!.crossArg !== undefined || BUILD_REF.test(platformFlag(stages[i]!)?.value ?? "");
        }
        if (!relevant) return;
        const used = new Set<number>();
        const children = new Map<number, number[]>();
        for (const s of stages) {
          for (const e of s.uses) {
            if (e.stage === null || e.stage === s.index) continue;
            used.add(e.stage);
            if (e.kind === "from") children.set(e.stage, [...(children.get(e.stage) ?? []), s.index]);
          }
        }
        const runtime = runtimeStages(model, used, facts);

        // A cross-compiling build stage that runs on the target platform (emulated).
        const reported = new Set<number>();
        for (const s of stages) {
          const arg = facts[s.index]!.crossArg;
          if (!arg || runtime.has(s.index) || !used.has(s.index)) continue;
          let root: Stage = s;
          let explicit = platformFlag(s) !== undefined;
          while (!explicit && root.base.kind === "stage") {
            root = stages[root.base.stage]!;
            explicit = platformFlag(root) !== undefined;
          }
          if (explicit || runtime.has(root.index) || reported.has(root.index)) continue;
          reported.add(root.index);
          const from = root.from;
          const image = from.args.type === "from" ? from.args.image : undefined;
          const at = Math.min(from.flags[0]?.range.start ?? Infinity, image?.range.start ?? Infinity);
          ctx.report({
            range: from.keywordRange,
            messageId: "emulated",
            data: { stage: stageLabel(s), arg },
            fix: Number.isFinite(at)
              ? {
                  safety: "unsafe",
                  title: "Add --platform=$BUILDPLATFORM",
                  edits: [{ range: { start: at, end: at }, text: "--platform=$BUILDPLATFORM " }],
                }
              : undefined,
          });
        }

        // --platform=$BUILDPLATFORM where the output must be for the target platform.
        for (const p of stages) {
          const flag = platformFlag(p);
          if (!flag || !BUILD_REF.test(flag.value ?? "")) continue;
          const family: number[] = [];
          const queue = [p.index];
          while (queue.length > 0) {
            const i = queue.shift()!;
            if (family.includes(i)) continue;
            family.push(i);
            queue.push(...(children.get(i) ?? []));
          }
          const inImage = family.filter((i) => runtime.has(i));
          if (inImage.length > 0) {
            let end = flag.range.end;
            while (ctx.text[end] === " " || ctx.text[end] === "\t") end++;
            ctx.report({
              range: flag.range,
              messageId: "runtime",
              data: { value: flag.value ?? "", stage: stageLabel(stages[inImage[inImage.length - 1]!]!) },
              fix: {
                safety: "unsafe",
                title: "Remove --platform",
                edits: [{ range: { start: flag.range.start, end }, text: "" }],
              },
            });
            continue;
          }
          if (family.some((i) => facts[i]!.declared.size > 0 || facts[i]!.fixedTarget)) continue;
          if (!family.some((i) => used.has(i))) continue;
          for (const i of family) {
            const tool = stageCompiler(stages[i]!);
            if (tool === undefined) continue;
            ctx.report({
              range: flag.range,
              messageId: "native",
              data: { stage: stageLabel(stages[i]!), tool },
            });
            break;
          }
        }
      },
    };
  },
});
