import { defineRule, type InstructionVisitor } from "../../lint/rule.js";
import type { InstructionInfo, Stage } from "../../semantic/model.js";
import type { Instruction } from "../../syntax/cst.js";
import type { Range } from "../../text/range.js";
import { expandRecording, referenceRange, suggest } from "./variables.js";

/** BuildKit never reports these (they configure the build, not the environment). */
const IGNORED = new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);

interface Target {
  text: string;
  range: Range;
}

/** Adds the word to `out` when it has a `$` to expand. */
function addWord(out: Target[], w: { value: string; range: Range } | null | undefined): void {
  if (w?.value.includes("$")) out.push({ text: w.value, range: w.range });
}

/** Adds the values with a `$` of the instruction's `--name` flags to `out`. */
function addFlag(out: Target[], inst: Instruction, name: string): void {
  for (const f of inst.flags) {
    if (f.name === name && f.value?.includes("$"))
      out.push({ text: f.value, range: f.valueRange ?? f.range });
  }
}

/**
 * The words BuildKit expands with the environment (and checks) in an instruction (module-level
 * helpers rather than closures: no two functions allocated per instruction).
 */
function targets(inst: Instruction): Target[] {
  const out: Target[] = [];
  const args = inst.args;
  switch (inst.name) {
    case "ENV":
    case "LABEL":
      if (args.type === "keyValue")
        for (const p of args.pairs) {
          addWord(out, p.key);
          addWord(out, p.value);
        }
      break;
    case "COPY":
    case "ADD":
      addFlag(out, inst, "chown");
      addFlag(out, inst, "chmod");
      if (inst.name === "ADD") addFlag(out, inst, "checksum");
      if (args.type === "copy") {
        for (const w of [...args.sources, ...(args.destination ? [args.destination] : [])]) {
          if (!w.value.startsWith("<<")) addWord(out, w);
        }
      }
      break;
    case "WORKDIR":
    case "USER":
    case "STOPSIGNAL":
      addWord(out, inst.rest);
      break;
    case "VOLUME":
      if (args.type === "volume") for (const p of args.paths) addWord(out, p);
      break;
    case "RUN":
      addFlag(out, inst, "mount");
      break;
  }
  return out;
}

export default defineRule({
  meta: {
    name: "undefined-var",
    category: "correctness",
    severity: "warning",
    description: "Variables should be defined before their use",
    sources: [{ tool: "buildkit", id: "UndefinedVar" }],
    messages: {
      undefined: "Usage of undefined variable '${{name}}'",
      undefinedSuggest: "Usage of undefined variable '${{name}}' (did you mean ${{suggestion}}?)",
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    const stages = ctx.model.stages;
    const escapeChar = ctx.cst.escape;
    /** `imageEnv: "empty"` takes an external base image's environment as just PATH, like BuildKit with a bare image */
    const imageEnvUnknown = ctx.options.imageEnv !== "empty";

    const argNames = (stage: Stage): string[] =>
      stage.instructions.flatMap((i) => (i.args.type === "arg" ? i.args.args.map((a) => a.key.value) : []));
    const definedNames = (inst: Instruction, info: InstructionInfo): Set<string> => {
      const names = new Set<string>(["PATH"]);
      // the names of visible(info.scope), in its order, without resolving each binding
      for (let b = info.scope; b; b = b.next) names.add(b.name);
      // BuildKit's lint sees the ARGs of the base stages too (they stay in the state's environment)
      const seen = new Set<number>();
      let s: Stage | undefined = stages[info.stage];
      while (s && s.base.kind === "stage" && !seen.has(s.index)) {
        seen.add(s.index);
        s = stages[s.base.stage];
        if (s) for (const n of argNames(s)) names.add(n);
      }
      void inst;
      return names;
    };
    /** the stage's base is an external image (or inherits from one): its environment is unknown */
    const fromImage = (stage: Stage): boolean => {
      const seen = new Set<number>();
      let s: Stage | undefined = stage;
      while (s && s.base.kind === "stage" && !seen.has(s.index)) {
        seen.add(s.index);
        s = stages[s.base.stage];
      }
      return s?.base.kind === "image";
    };
    /** names an ARG or ENV of the stage declares after `inst` */
    const declaredLater = (stage: Stage, inst: Instruction): Set<string> => {
      const out = new Set<string>();
      const at = stage.instructions.indexOf(inst);
      for (const later of stage.instructions.slice(at + 1)) {
        if (later.args.type === "arg") for (const a of later.args.args) out.add(a.key.value);
        else if (later.name === "ENV" && later.args.type === "keyValue")
          for (const p of later.args.pairs) out.add(p.key.value);
      }
      return out;
    };

    // The first `$` at or after `dollarFrom` in the file (-1: none). Every word checked comes from
    // the instruction's text, so an instruction without a `$` is skipped before any of the work
    // below; instructions come in order, so the text is scanned about once.
    let dollarFrom = 0;
    let dollarAt = ctx.text.indexOf("$");

    const visit: InstructionVisitor = (inst, info, onbuild) => {
      if (onbuild || info.stage < 0) return;
      const { start, end } = inst.range;
      if (dollarFrom > start || (dollarAt !== -1 && dollarAt < start)) {
        dollarFrom = start;
        dollarAt = ctx.text.indexOf("$", start);
      }
      if (dollarAt === -1 || dollarAt >= end) return;
      const stage = stages[info.stage]!;
      const found = inst.args.type === "arg" ? undefined : targets(inst);
      if (found?.length === 0) return;
      const defined = definedNames(inst, info);
      const imageStage = imageEnvUnknown && fromImage(stage);
      let later: Set<string> | undefined;
      const check = (text: string, range: Range) => {
        const r = expandRecording(text, (name) => (defined.has(name) ? null : undefined), escapeChar);
        for (const name of r.unmatched) {
          if (IGNORED.has(name)) continue;
          const suggestion = suggest(name, defined, true);
          if (imageStage && !suggestion) {
            // the base image may define it: only a name the stage declares later is surely a mistake
            later ??= declaredLater(stage, inst);
            if (!later.has(name)) continue;
          }
          ctx.report({
            range: referenceRange(ctx.text, range, name),
            messageId: suggestion ? "undefinedSuggest" : "undefined",
            data: { name, suggestion: suggestion ?? "" },
          });
        }
      };
      if (inst.args.type === "arg") {
        // each default sees the ARGs before it in the same instruction
        for (const a of inst.args.args) {
          if (a.value?.value.includes("$")) check(a.value.value, a.value.range);
          defined.add(a.key.value);
        }
        return;
      }
      for (const t of found!) check(t.text, t.range);
    };
    // ARG and the instructions `targets` reads: no call for the others (CMD, EXPOSE, FROM, ...)
    return {
      ARG: visit,
      ENV: visit,
      LABEL: visit,
      COPY: visit,
      ADD: visit,
      WORKDIR: visit,
      USER: visit,
      STOPSIGNAL: visit,
      VOLUME: visit,
      RUN: visit,
    };
  },
});
