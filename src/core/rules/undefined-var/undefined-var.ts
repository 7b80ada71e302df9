import { defineRule, type InstructionVisitor } from "../../lint/rule.js";
import type { InstructionInfo, Stage } from "../../semantic/model.js";
import type { Binding } from "../../semantic/scope.js";
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
    // The names in scope at the last instruction seen. Instructions come in order and a scope grows
    // by bindings put in front of the one before, so only the new bindings are added: rebuilding
    // the set for every instruction made a file of n ENV lines that use a variable O(n²).
    let namesScope: Binding | null = null;
    let namesStage = -1;
    let names = new Set<string>();
    const definedNames = (info: InstructionInfo): Set<string> => {
      let b = info.scope;
      const fresh: string[] = [];
      while (b !== null && b !== namesScope) {
        fresh.push(b.name);
        b = b.next;
      }
      if (info.stage !== namesStage || b !== namesScope) {
        // another stage, or a scope that does not extend the last one: start again
        names = new Set(["PATH"]);
        for (let c = info.scope; c; c = c.next) names.add(c.name);
        // BuildKit's lint sees the ARGs of the base stages too (they stay in the state's environment)
        const seen = new Set<number>();
        let s: Stage | undefined = stages[info.stage];
        while (s && s.base.kind === "stage" && !seen.has(s.index)) {
          seen.add(s.index);
          s = stages[s.base.stage];
          if (s) for (const n of argNames(s)) names.add(n);
        }
        namesStage = info.stage;
      } else for (let i = 0; i < fresh.length; i++) names.add(fresh[i]!);
      namesScope = info.scope;
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
    /** per stage: each name its ARGs and ENVs declare, with the offset of its last declaration */
    const lastDeclared = new Map<number, Map<string, number>>();
    /** whether an ARG or ENV of the stage declares `name` after `inst` */
    const declaredLater = (stage: Stage, inst: Instruction, name: string): boolean => {
      let last = lastDeclared.get(stage.index);
      if (!last) {
        last = new Map();
        for (const i of stage.instructions) {
          if (i.args.type === "arg") for (const a of i.args.args) last.set(a.key.value, i.range.start);
          else if (i.name === "ENV" && i.args.type === "keyValue")
            for (const p of i.args.pairs) last.set(p.key.value, i.range.start);
        }
        lastDeclared.set(stage.index, last);
      }
      return (last.get(name) ?? -1) > inst.range.start;
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
      const defined = definedNames(info);
      const imageStage = imageEnvUnknown && fromImage(stage);
      const check = (text: string, range: Range) => {
        const r = expandRecording(text, (name) => (defined.has(name) ? null : undefined), escapeChar);
        for (const name of r.unmatched) {
          if (IGNORED.has(name)) continue;
          const suggestion = suggest(name, defined, true);
          if (imageStage && !suggestion) {
            // the base image may define it: only a name the stage declares later is surely a mistake
            if (!declaredLater(stage, inst, name)) continue;
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
