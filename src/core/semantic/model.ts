/**
 * The semantic model: stages and their graph, ARG/ENV scopes with BuildKit's rules, expansion,
 * per-instruction USER/WORKDIR/SHELL, and image references. Built once per file, read-only;
 * shell parsing is lazy (see `shellOf`).
 */
import { type EnvLookup, type LexResult, processWord, processWords } from "../lex/word-lexer.js";
import type { DockerfileCst, Instruction, Word } from "../syntax/cst.js";
import { type ImageRef, parseImageRef } from "./image-ref.js";
import { type Binding, bind, envOnly, resolve, resolver, visible } from "./scope.js";

export interface AnalyzeOptions {
  /** `--build-arg` values: override ARG defaults */
  buildArgs?: Readonly<Record<string, string>>;
  /** `--target`: the stage to build (name or index); default the last */
  target?: string | number;
  /** `--platform` for the target (e.g. `linux/arm64/v8`) and the builder's platform */
  platform?: { target?: string; build?: string };
}

export const PLATFORM_ARGS = [
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
] as const;
export const PROXY_ARGS = [
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy",
] as const;
const PLATFORM_SET = new Set<string>(PLATFORM_ARGS);

/** A value the model knows, or null when it cannot know it (an unknown base image, an ARG without value). */
export interface Effective<T> {
  value: T | null;
  /** the instruction that set it (possibly in a base stage); undefined when it is the default or the image's */
  setBy?: Instruction;
}

export type StageBase =
  | { kind: "scratch" }
  | { kind: "stage"; stage: number }
  | {
      kind: "image";
      /** the reference after ARG expansion; `valid: false` with an unexpanded-variable error when unknown */
      ref: ImageRef;
      /** the reference as written, with ranges in the Dockerfile */
      written: ImageRef;
    };

export interface StageEdge {
  kind: "from" | "copy" | "mount";
  instruction: Instruction;
  /** the stage depended on, or null for an external image */
  stage: number | null;
  /** the `--from` / `from=` value after expansion (or the FROM image text) */
  value: string;
  image?: ImageRef;
}

export interface Stage {
  index: number;
  /** lower-cased stage name (BuildKit compares names case-insensitively) */
  name?: string;
  nameWord?: Word;
  from: Instruction;
  base: StageBase;
  /** `--platform` value after expansion (null when unknown) */
  platform?: Effective<string>;
  /** the instructions after FROM, in order */
  instructions: Instruction[];
  /** edges to what this stage uses: its base, COPY --from, RUN --mount=from */
  uses: StageEdge[];
  labels: Map<string, { value: string | null; instruction: Instruction }>;
}

export interface InstructionInfo {
  instruction: Instruction;
  /** -1 for instructions before the first FROM */
  stage: number;
  /** variables as this instruction sees them (before it takes effect) */
  scope: Binding | null;
  user: Effective<string>;
  workdir: Effective<string>;
  shell: Effective<string[]>;
}

export interface SemanticModel {
  cst: DockerfileCst;
  options: AnalyzeOptions;
  /** ARGs declared before the first FROM */
  globalArgs: Instruction[];
  globalScope: Binding | null;
  stages: Stage[];
  infos: InstructionInfo[];
  /** info by instruction (top-level instructions; ONBUILD's inner one maps to its wrapper's info) */
  info(instruction: Instruction): InstructionInfo | undefined;
  /** the stage a name or index refers to at a given point (only stages defined before `before`) */
  stageByRef(ref: string, before?: number): Stage | undefined;
  /** the stage being built: options.target, or the last stage */
  targetStage(): Stage | undefined;
  /** the stage and the stages it is built FROM (`FROM <stage>`), the stage first: the layers of its image */
  baseChain(stage: Stage): Stage[];
  /** indices of the stages the target (default: the build target) needs, itself included */
  neededStages(target?: Stage): Set<number>;
  /** stages that the target does not need */
  unreachableStages(target?: Stage): Stage[];
  /** expands a word as BuildKit does at this instruction (quotes removed, variables substituted) */
  expand(info: InstructionInfo, text: string): LexResult;
  expandWords(info: InstructionInfo, text: string): LexResult;
}

const DEFAULT_SHELL = ["/bin/sh", "-c"];

export function analyze(cst: DockerfileCst, options: AnalyzeOptions = {}): SemanticModel {
  const escapeChar = cst.escape;
  const buildArgs = options.buildArgs ?? {};
  const platformValues = platformArgValues(options);
  const infos: InstructionInfo[] = [];
  const byInstruction = new Map<Instruction, InstructionInfo>();
  const stages: Stage[] = [];
  const stageRefs = new StageRefs(stages);
  const globalArgs: Instruction[] = [];

  // Global scope: predefined platform ARGs are usable in FROM without declaration.
  let globalScope: Binding | null = null;
  for (const name of PLATFORM_ARGS)
    globalScope = bind(globalScope, name, "arg", platformValues[name] ?? null);

  const lookupIn =
    (scope: Binding | null, unboundUnknown: boolean): EnvLookup =>
    (name) => {
      const b = resolve(scope, name);
      if (b) return b.value;
      return unboundUnknown ? null : undefined;
    };

  // Lookups in the global scope from FROMs and stage ARGs: through a map, built once the global
  // ARGs are all declared (again only if one was added since), so thousands of them stay linear
  let globalIndexed: Binding | null | undefined;
  let globalResolve: (name: string) => Binding | undefined = () => undefined;
  const resolveGlobal = (name: string): Binding | undefined => {
    if (globalIndexed !== globalScope) {
      globalIndexed = globalScope;
      globalResolve = resolver(globalScope);
    }
    return globalResolve(name);
  };
  const globalLookup: EnvLookup = (name) => resolveGlobal(name)?.value;

  let stage: Stage | undefined;
  let scope: Binding | null = null;
  let fromImage = false;
  // Per stage: whether its image starts from an external image, so that unbound variables are
  // unknown (for expand(), which runs for many words); a stage's base comes before it
  const unboundUnknown: boolean[] = [];
  let user: Effective<string> = { value: null };
  let workdir: Effective<string> = { value: null };
  let shell: Effective<string[]> = { value: DEFAULT_SHELL };
  const stageEnd: {
    scope: Binding | null;
    user: Effective<string>;
    workdir: Effective<string>;
    shell: Effective<string[]>;
  }[] = [];

  // Indexed: a for-of costs an iterator step per instruction on the cold path.
  const instructions = cst.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const inst = instructions[i]!;
    if (inst.name === "FROM" && inst.args.type === "from") {
      if (stage) stageEnd[stage.index] = { scope, user, workdir, shell };
      const args = inst.args;
      const index = stages.length;
      const imageText = args.image?.value ?? "";
      const expandedImage = processWord(imageText, globalLookup, { escape: escapeChar });
      const name = args.stage?.value.toLowerCase();
      let base: StageBase;
      const baseStage = stageRefs.find(expandedImage.value, index, false);
      if (baseStage) base = { kind: "stage", stage: baseStage.index };
      else if (expandedImage.value === "scratch") base = { kind: "scratch" };
      else {
        const written = parseImageRef(imageText, args.image?.range.start ?? inst.range.start);
        const ref =
          expandedImage.ok && !expandedImage.unknown
            ? parseImageRef(expandedImage.value, args.image?.range.start ?? inst.range.start)
            : written;
        base = { kind: "image", ref, written };
      }
      const platformFlag = inst.flags.find((f) => f.name === "platform");
      let platform: Effective<string> | undefined;
      if (platformFlag) {
        const p = processWord(platformFlag.value ?? "", globalLookup, { escape: escapeChar });
        platform = { value: p.ok && !p.unknown ? p.value : null, setBy: inst };
      }
      stage = {
        index,
        name,
        nameWord: args.stage,
        from: inst,
        base,
        platform,
        instructions: [],
        uses: [],
        labels: new Map(),
      };
      stage.uses.push({
        kind: "from",
        instruction: inst,
        stage: base.kind === "stage" ? base.stage : null,
        value: expandedImage.value,
        image: base.kind === "image" ? base.ref : undefined,
      });
      stages.push(stage);
      stageRefs.add(stage);
      // Inherit from a base stage; an image brings an environment we cannot see.
      if (base.kind === "stage") {
        const end = stageEnd[base.stage]!;
        scope = envOnly(end.scope);
        ({ user, workdir, shell } = end);
        fromImage = unboundUnknown[base.stage]!;
        stage.labels = new Map(stages[base.stage]!.labels);
      } else {
        scope = null;
        fromImage = base.kind === "image";
        user = base.kind === "scratch" ? { value: "root" } : { value: null };
        workdir = base.kind === "scratch" ? { value: "/" } : { value: null };
        shell = { value: DEFAULT_SHELL };
      }
      unboundUnknown.push(fromImage);
      const info: InstructionInfo = {
        instruction: inst,
        stage: index,
        scope: globalScope,
        user,
        workdir,
        shell,
      };
      infos.push(info);
      byInstruction.set(inst, info);
      continue;
    }

    const info: InstructionInfo = {
      instruction: inst,
      stage: stage ? stage.index : -1,
      scope: stage ? scope : globalScope,
      user,
      workdir,
      shell,
    };
    infos.push(info);
    byInstruction.set(inst, info);
    if (inst.args.type === "onbuild" && inst.args.instruction) byInstruction.set(inst.args.instruction, info);

    if (!stage) {
      if (inst.name === "ARG" && inst.args.type === "arg") {
        globalArgs.push(inst);
        for (const a of inst.args.args) {
          const name = a.key.value;
          let value: string | null = null;
          if (Object.hasOwn(buildArgs, name)) value = buildArgs[name]!;
          else if (a.value) {
            // (the scope still grows here: resolve directly, not through a map rebuilt per ARG)
            const r = processWord(a.value.value, lookupIn(globalScope, false), { escape: escapeChar });
            value = r.ok && !r.unknown ? r.value : null;
          }
          globalScope = bind(globalScope, name, "arg", value, inst);
        }
      }
      continue;
    }

    stage.instructions.push(inst);
    const lookup = lookupIn(scope, fromImage);
    const expandValue = (text: string): string | null => {
      const r = processWord(text, lookup, { escape: escapeChar });
      return r.ok && !r.unknown ? r.value : null;
    };

    switch (inst.args.type) {
      case "arg":
        for (const a of inst.args.args) {
          const name = a.key.value;
          let value: string | null;
          if (Object.hasOwn(buildArgs, name)) value = buildArgs[name]!;
          else if (a.value) value = expandValue(a.value.value);
          else if (PLATFORM_SET.has(name)) value = platformValues[name] ?? null;
          else {
            const global = resolveGlobal(name);
            value = global?.instruction ? global.value : null;
          }
          scope = bind(scope, name, "arg", value, inst);
        }
        break;
      case "keyValue":
        for (const p of inst.args.pairs) {
          const value = p.value ? expandValue(p.value.value) : null;
          if (inst.name === "ENV") scope = bind(scope, p.key.value, "env", value, inst);
          else {
            const key = processWord(p.key.value, lookup, { escape: escapeChar });
            stage.labels.set(key.ok ? key.value : p.key.value, { value, instruction: inst });
          }
        }
        break;
      case "user":
        if (inst.rest) user = { value: expandValue(inst.rest.value), setBy: inst };
        break;
      case "single":
        if (inst.name === "WORKDIR" && inst.rest) {
          const dir = expandValue(inst.rest.value);
          workdir = { value: dir === null ? null : resolveWorkdir(workdir.value, dir), setBy: inst };
        }
        break;
      case "command":
        if (inst.name === "SHELL" && inst.args.form === "exec") {
          shell = { value: inst.args.exec!.elements.map((e) => e.value), setBy: inst };
        }
        if (inst.name === "RUN") addMountEdges(stage, inst, stageRefs, expandValue);
        break;
      case "copy": {
        const from = inst.flags.find((f) => f.name === "from");
        if (from && inst.name === "COPY") {
          const value = expandValue(from.value ?? "") ?? from.value ?? "";
          const target = stageRefs.find(value, stage.index, true);
          stage.uses.push({
            kind: "copy",
            instruction: inst,
            stage: target ? target.index : null,
            value,
            image: target ? undefined : parseImageRef(value, from.valueRange?.start ?? from.range.start),
          });
        }
        break;
      }
    }
  }
  if (stage) stageEnd[stage.index] = { scope, user, workdir, shell };

  const model: SemanticModel = {
    cst,
    options,
    globalArgs,
    globalScope,
    stages,
    infos,
    info: (instruction) => byInstruction.get(instruction),
    stageByRef: (ref, before = stages.length) => stageRefs.find(ref, before, true),
    targetStage() {
      if (options.target === undefined) return stages[stages.length - 1];
      return stageRefs.find(String(options.target), stages.length, true);
    },
    baseChain: (stage) => baseChain(stages, stage),
    neededStages(target = model.targetStage()) {
      // a work list, not recursion: a chain of thousands of stages must not overflow the stack
      const needed = new Set<number>();
      const pending: Stage[] = target ? [target] : [];
      while (pending.length > 0) {
        const s = pending.pop()!;
        if (needed.has(s.index)) continue;
        needed.add(s.index);
        for (const edge of s.uses) if (edge.stage !== null) pending.push(stages[edge.stage]!);
      }
      return needed;
    },
    unreachableStages(target) {
      const needed = model.neededStages(target);
      return stages.filter((s) => !needed.has(s.index));
    },
    expand: (info, text) =>
      processWord(text, lookupIn(info.scope, info.stage >= 0 && unboundUnknown[info.stage]!), {
        escape: escapeChar,
      }),
    expandWords: (info, text) =>
      processWords(text, lookupIn(info.scope, info.stage >= 0 && unboundUnknown[info.stage]!), {
        escape: escapeChar,
      }),
  };
  return model;
}

function addMountEdges(
  stage: Stage,
  inst: Instruction,
  refs: StageRefs,
  expand: (t: string) => string | null,
) {
  // Indexed: this runs for every RUN, most with no flags (a for-of would still make an iterator).
  const flags = inst.flags;
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    if (flag.name !== "mount") continue;
    const from = flag.options?.find((o) => o.key === "from");
    if (!from || from.value === null) continue;
    const value = expand(from.value) ?? from.value;
    const target = refs.find(value, stage.index, true);
    stage.uses.push({
      kind: "mount",
      instruction: inst,
      stage: target ? target.index : null,
      value,
      image: target ? undefined : parseImageRef(value, from.range.start),
    });
  }
}

/** A stage by name (case-insensitive) or, when `allowIndex`, by number, among stages [0, before). */
/**
 * Stages by name (lower-cased) for `FROM <stage>`, `--from` and mounts: the latest stage of that
 * name before a given index, else a numeric index. A map, not a scan: a file of thousands of
 * stages looks one up per FROM.
 */
class StageRefs {
  private readonly byName = new Map<string, number[]>();

  constructor(private readonly stages: Stage[]) {}

  add(stage: Stage): void {
    if (!stage.name) return;
    const list = this.byName.get(stage.name);
    if (list) list.push(stage.index);
    else this.byName.set(stage.name, [stage.index]);
  }

  find(ref: string, before: number, allowIndex: boolean): Stage | undefined {
    const limit = Math.min(before, this.stages.length);
    const list = this.byName.get(ref.toLowerCase());
    if (list) for (let k = list.length - 1; k >= 0; k--) if (list[k]! < limit) return this.stages[list[k]!];
    if (allowIndex && /^\d+$/.test(ref)) {
      const n = Number(ref);
      if (n < limit) return this.stages[n];
    }
    return undefined;
  }
}

function baseChain(stages: Stage[], stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s: Stage | undefined = stage; s && !seen.has(s); ) {
    chain.push(s);
    seen.add(s);
    s = s.base.kind === "stage" ? stages[s.base.stage] : undefined;
  }
  return chain;
}

function platformArgValues(options: AnalyzeOptions): Record<string, string> {
  const out: Record<string, string> = {};
  const fill = (prefix: "TARGET" | "BUILD", platform: string | undefined) => {
    if (!platform) return;
    const [os, arch, variant] = platform.split("/");
    out[`${prefix}PLATFORM`] = platform;
    if (os) out[`${prefix}OS`] = os;
    if (arch) out[`${prefix}ARCH`] = arch;
    out[`${prefix}VARIANT`] = variant ?? "";
  };
  fill("TARGET", options.platform?.target);
  fill("BUILD", options.platform?.build);
  return out;
}

/** WORKDIR: absolute paths replace, relative ones join the previous directory; `.` and `..` resolved. */
export function resolveWorkdir(previous: string | null, dir: string): string | null {
  let path: string;
  if (dir.startsWith("/")) path = dir;
  else if (previous === null) return null;
  else path = `${previous}/${dir}`;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/** Variables visible at an instruction, latest first. */
export function visibleVariables(info: InstructionInfo): Binding[] {
  return visible(info.scope);
}
