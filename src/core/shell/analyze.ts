/**
 * Shell analysis: the syntax tree of a script (parser.ts) turned into simple commands with argv
 * words (quotes removed where static), operators, pipelines, subshell/substitution/condition
 * context and `set -e`/pipefail state, every range mapped to the Dockerfile. The scripts of
 * `sh -c '...'` (and `bash -lc`, `su -c`, `eval '...'`) are analysed too, their ranges mapped
 * inside the quoted string.
 *
 * Pure and synchronous: one call per script, nothing cached here (the semantic model calls it once
 * per RUN, only when a rule asks). Never throws.
 */
import { invocation } from "./commands/argv.js";
import { parseShellScript } from "./parser.js";
import { field, MAX_DEPTH, type Node, substitutions } from "./tree.js";
import type {
  Assignment,
  Connector,
  Operator,
  Range,
  Redirect,
  ShellAnalysis,
  ShellSource,
  SimpleCommand,
  Word,
} from "./types.js";
import { literal, SPECIAL } from "./word.js";

const CONNECTORS = new Set(["&&", "||", ";", "|", "|&", "&", ";;", ";&", ";;&"]);
const SHELLS = new Set(["sh", "bash", "ash", "dash", "ksh", "mksh", "zsh", "busybox"]);
/** Nesting of `sh -c "sh -c '...'"` scripts analysed. */
const MAX_SCRIPTS = 8;
/** Statement nodes that become one SimpleCommand. */
const SIMPLE = new Set(["command", "test_command", "variable_assignment", "variable_assignments"]);

interface Context {
  inPipeline: boolean;
  inSubshell: boolean;
  inCommandSubstitution: boolean;
  inCondition: boolean;
  inShellScript: boolean;
  negated: boolean;
  parent: number | null;
}

const ROOT: Context = {
  inPipeline: false,
  inSubshell: false,
  inCommandSubstitution: false,
  inCondition: false,
  inShellScript: false,
  negated: false,
  parent: null,
};

/**
 * A ShellSource that may map a character's end apart from its start: in an `sh -c "..."` script,
 * a character written as `\"` starts at the backslash and ends after the quote.
 */
interface ScriptSource extends RangeSource {
  toSourceEnd?(index: number): number;
}

/**
 * A ShellSource that may map a span [start, end) to a Dockerfile range in one call, as two
 * toSource calls would (`{ start, end: start }` when empty); undefined where it cannot. The sources
 * of semantic/shell-source.ts do: each call costs on the cold path.
 */
export interface RangeSource extends ShellSource {
  toRange?(start: number, end: number): Range | undefined;
}

interface ShellState {
  errexit: boolean;
  pipefail: boolean;
}

const REDIRECTS = new Set(["file_redirect", "heredoc_redirect", "herestring_redirect"]);
/** Every substitution node starts with `$(`, `` ` ``, `<(` or `>(`. */
const SUBSTITUTION_CHARS = /[(`]/;

class Analyzer {
  readonly commands: SimpleCommand[] = [];
  readonly pipelines: number[][] = [];
  readonly operators: Operator[] = [];
  hasSyntaxError = false;
  private src: ScriptSource = { text: "", toSource: (i) => i };
  /** the operator seen since the last command of the current sequence */
  private pending: Connector | null = null;
  /** no command yet in the current sequence */
  private first = true;
  private state: ShellState = { errexit: false, pipefail: false };
  /** the pipeline being visited, or -1 */
  private group = -1;
  private scripts = 0;
  /** the script has `(` or a backtick: it may hold substitutions (most have none: no tree walks) */
  private mayHaveSubstitutions = false;

  /** Parses and visits one script with its own sequence, pipeline and option state; returns the final state. */
  run(source: ScriptSource, ctx: Context, initial: ShellState): ShellState {
    const parsed = parseShellScript(source.text);
    if (parsed.hasError) this.hasSyntaxError = true;
    const saved = {
      src: this.src,
      pending: this.pending,
      first: this.first,
      state: this.state,
      group: this.group,
      mayHaveSubstitutions: this.mayHaveSubstitutions,
    };
    this.src = source;
    this.mayHaveSubstitutions = SUBSTITUTION_CHARS.test(source.text);
    this.pending = null;
    this.first = true;
    this.state = { ...initial };
    this.group = -1;
    try {
      this.visit(parsed.root, ctx, 0);
      return this.state;
    } finally {
      this.src = saved.src;
      this.pending = saved.pending;
      this.first = saved.first;
      this.state = saved.state;
      this.group = saved.group;
      this.mayHaveSubstitutions = saved.mayHaveSubstitutions;
    }
  }

  /** The Dockerfile range of [start, end): in one toRange call when the source has one. */
  private span(start: number, end: number): Range {
    const src = this.src;
    const range = src.toRange?.(start, end);
    if (range !== undefined) return range;
    const s = src.toSource(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: (src.toSourceEnd ?? src.toSource)(end - 1) + 1 };
  }

  private word(node: Node): Word {
    const raw = this.src.text.slice(node.start, node.end);
    const range = this.span(node.start, node.end);
    if (node.type === "word" && !SPECIAL.test(raw)) return { value: raw, raw, range, quoted: false };
    const lit = literal(node, this.src.text);
    const word: Word = { value: lit.value, raw, range, quoted: lit.quoted };
    if (lit.pattern !== undefined) word.pattern = lit.pattern;
    return word;
  }

  private visit(node: Node, ctx: Context, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (SIMPLE.has(node.type)) {
      this.command(node, ctx, [], undefined, depth);
      return;
    }
    switch (node.type) {
      case "redirected_statement":
        this.redirected(node, ctx, depth);
        return;
      case "pipeline":
        this.pipeline(node.children, ctx, depth);
        return;
      case "subshell":
        this.scoped(() => this.children(node.children, { ...ctx, inSubshell: true }, depth));
        return;
      case "command_substitution":
      case "process_substitution":
        this.substitution(node, ctx, depth);
        return;
      case "negated_command":
        this.children(node.children, { ...ctx, negated: true }, depth);
        return;
      case "if_statement":
      case "elif_clause":
        // the condition runs from the keyword to `then`
        this.conditional(node, ctx, depth, (c) => c.type === "then");
        return;
      case "while_statement":
        this.conditional(node, ctx, depth, (c) => c.type === "do_group");
        return;
      case "case_item": {
        // patterns (with their `|`) come before the `)`
        const close = node.children.findIndex((c) => c.type === ")");
        for (const c of node.children.slice(0, close + 1)) this.substitutionsIn(c, ctx, null, depth);
        this.children(node.children.slice(close + 1), ctx, depth);
        return;
      }
      case "c_style_for_statement":
        for (const c of node.children) {
          if (c.type === "do_group" || c.type === "compound_statement") this.visit(c, ctx, depth + 1);
          else this.substitutionsIn(c, ctx, null, depth);
        }
        return;
      case "compound_statement":
        // `(( arithmetic ))`: only its substitutions run commands
        if (node.children[0]?.type === "((") this.substitutionsIn(node, ctx, null, depth);
        else this.children(node.children, ctx, depth);
        return;
      default:
        this.children(node.children, ctx, depth);
    }
  }

  /** Operators (`&&`, `;`, ...) and statements; simple commands, the common case, without a visit() call. */
  private children(children: Node[], ctx: Context, depth: number): void {
    // indexed loops here and in command(): no iterator per element on the cold path
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const type = child.type;
      if (CONNECTORS.has(type)) {
        const op = (type.startsWith(";") ? ";" : type) as Connector;
        this.pending = op;
        this.operators.push({
          op,
          range: this.span(child.start, child.end),
        });
      } else if (SIMPLE.has(type) && depth + 1 <= MAX_DEPTH)
        this.command(child, ctx, [], undefined, depth + 1);
      else this.visit(child, ctx, depth + 1);
    }
  }

  private conditional(node: Node, ctx: Context, depth: number, endsCondition: (c: Node) => boolean): void {
    let inCondition = true;
    for (const child of node.children) {
      if (inCondition && endsCondition(child)) inCondition = false;
      this.children([child], inCondition ? { ...ctx, inCondition: true } : ctx, depth);
    }
  }

  /** A subshell or substitution: `set -e` inside does not leak out. */
  private scoped(fn: () => void): void {
    const state = this.state;
    this.state = { ...state };
    try {
      fn();
    } finally {
      this.state = state;
    }
  }

  private substitution(node: Node, ctx: Context, depth: number): void {
    const saved = { pending: this.pending, first: this.first, group: this.group };
    this.pending = null;
    this.first = true;
    this.group = -1;
    const inner = { ...ctx, inCommandSubstitution: true, inPipeline: false };
    this.scoped(() => this.children(node.children, inner, depth));
    this.pending = saved.pending;
    this.first = saved.first;
    this.group = saved.group;
  }

  private substitutionsIn(node: Node, ctx: Context, parent: number | null, depth: number): void {
    if (!this.mayHaveSubstitutions) return;
    for (const sub of substitutions(node)) this.substitution(sub, { ...ctx, parent }, depth + 1);
  }

  private pipeline(children: Node[], ctx: Context, depth: number): void {
    const before = this.group;
    this.group = this.pipelines.length;
    this.pipelines.push([]);
    this.children(children, { ...ctx, inPipeline: true }, depth);
    this.group = before;
  }

  private redirected(node: Node, ctx: Context, depth: number): void {
    const body = field(node, "body");
    const redirects: Node[] = [];
    for (let i = 0; i < node.children.length; i++) {
      const c = node.children[i]!;
      if (c !== body && REDIRECTS.has(c.type)) redirects.push(c);
    }
    if (!body || SIMPLE.has(body.type)) {
      this.command(body ?? node, ctx, body ? redirects : [], node, depth);
      return;
    }
    this.visit(body, ctx, depth + 1);
    for (const r of redirects) this.substitutionsIn(r, ctx, null, depth);
  }

  private redirect(node: Node): Redirect {
    let fd: number | undefined;
    let op = "";
    let target: Node | undefined;
    let end = node.end;
    for (const c of node.children) {
      if (c.type === "file_descriptor") fd = Number(this.src.text.slice(c.start, c.end));
      else if (!op && !c.named) op = c.type;
      else if (!target && op && c.named && c.type !== "file_descriptor") {
        target = c;
        if (node.type === "heredoc_redirect") end = c.end;
      }
    }
    const r: Redirect = { op, range: this.span(node.start, end) };
    if (fd !== undefined && Number.isFinite(fd)) r.fd = fd;
    if (target) r.target = this.word(target);
    return r;
  }

  private assignment(node: Node): Assignment {
    const nameNode = field(node, "name");
    const valueNode = field(node, "value");
    const at = node.end;
    return {
      name: nameNode ? this.src.text.slice(nameNode.start, nameNode.end) : "",
      value: valueNode
        ? this.word(valueNode)
        : { value: "", raw: "", range: this.span(at, at), quoted: false },
      range: this.span(node.start, node.end),
    };
  }

  /**
   * One simple command. `outer` is the redirected_statement around it (its range); `redirects`
   * the redirections written after it.
   */
  private command(
    node: Node,
    ctx: Context,
    redirectNodes: Node[],
    outer: Node | undefined,
    depth: number,
  ): void {
    const assignments: Assignment[] = [];
    const redirectList: Redirect[] = [];
    const wordNodes: Node[] = [];
    const children = node.children;
    if (node.type === "variable_assignment") assignments.push(this.assignment(node));
    else if (node.type === "test_command") {
      for (let i = 0; i < children.length; i++) wordNodes.push(children[i]!);
    } else {
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === "variable_assignment") assignments.push(this.assignment(child));
        else if (REDIRECTS.has(child.type)) redirectList.push(this.redirect(child));
        else if (child.type === "command_name") wordNodes.push(child.children[0]!);
        else wordNodes.push(child);
      }
    }
    for (let i = 0; i < redirectNodes.length; i++) redirectList.push(this.redirect(redirectNodes[i]!));
    const end = Math.max(node.end, outer?.end ?? node.end);

    const argv: Word[] = [];
    /**
     * a word that may make it run a script (see scriptArgument): `eval`, an option with a `c`
     * (`-c`, `-lc`, `--command`; `includes` first: `v[0]` of an empty word deoptimises)
     */
    let scriptOption = false;
    for (let i = 0; i < wordNodes.length; i++) {
      const w = this.word(wordNodes[i]!);
      argv.push(w);
      const v = w.value;
      if (v !== null && (v.endsWith("eval") || (v.includes("c") && (v[0] === "-" || v[0] === "+"))))
        scriptOption = true;
    }
    const index = this.commands.length;
    const start = Math.min(node.start, outer?.start ?? node.start);
    const cmd: SimpleCommand = {
      name: argv[0],
      args: argv.slice(1),
      argv,
      assignments,
      redirects: redirectList,
      range: this.span(start, end),
      connector: this.pending ?? (this.first ? null : ";"),
      pipeline: this.group >= 0 ? this.group : this.pipelines.length,
      inPipeline: ctx.inPipeline,
      inSubshell: ctx.inSubshell,
      inCommandSubstitution: ctx.inCommandSubstitution,
      inCondition: ctx.inCondition,
      inShellScript: ctx.inShellScript,
      negated: ctx.negated,
      errexit: this.state.errexit,
      pipefail: this.state.pipefail,
      parent: ctx.parent,
    };
    this.pending = null;
    this.first = false;
    if (this.group >= 0) this.pipelines[this.group]!.push(index);
    else this.pipelines.push([index]);
    this.commands.push(cmd);
    if (cmd.name?.value === "set" && !ctx.inPipeline) applySet(cmd.args, this.state);

    // what runs inside this command: substitutions in its words, assignments and redirects, i.e.
    // in its children (a bare assignment: in itself), then in the redirects written after it
    if (this.mayHaveSubstitutions) {
      const text = this.src.text;
      const bare = node.type === "variable_assignment";
      const own = bare ? 0 : children.length;
      const count = own + redirectNodes.length + (bare ? 1 : 0);
      for (let i = 0; i < count; i++) {
        const n = i < own ? children[i]! : i - own < redirectNodes.length ? redirectNodes[i - own]! : node;
        // no `(` or backtick in its text, no substitution in it (but a heredoc's body lies after
        // its redirect): most words are skipped without a tree walk
        if (n.type === "heredoc_redirect" || SUBSTITUTION_CHARS.test(text.slice(n.start, n.end)))
          this.substitutionsIn(n, ctx, index, depth);
      }
    }
    if (scriptOption && argv.length >= 2 && this.scripts < MAX_SCRIPTS)
      this.inlineScript(cmd, index, wordNodes, ctx);
  }

  /** `sh -c 'script'` and friends: the script is analysed with ranges inside the string. */
  private inlineScript(cmd: SimpleCommand, index: number, wordNodes: Node[], ctx: Context): void {
    const inv = invocation(cmd);
    if (!inv) return;
    const found = scriptArgument(inv.name, inv.args);
    if (!found || found.word.value === null) return;
    const node = wordNodes[cmd.argv.indexOf(found.word)];
    if (!node) return;
    const lit = literal(node, this.src.text, true);
    const map = lit.map;
    if (lit.value === null || !map) return;
    const outer = this.src;
    const outerEnd = outer.toSourceEnd ?? outer.toSource;
    const { start, end } = map;
    const n = start.length;
    const source: ScriptSource = {
      text: lit.value,
      toSource: (i) =>
        i < n ? outer.toSource(start[i]!) : n > 0 ? outerEnd(end[n - 1]!) + 1 : outer.toSource(node.end),
      toSourceEnd: (i) => (n > 0 ? outerEnd(end[Math.min(i, n - 1)]!) : outer.toSource(node.end)),
    };
    this.scripts++;
    try {
      this.run(source, { ...ctx, inSubshell: true, inShellScript: true, parent: index }, found.state);
    } finally {
      this.scripts--;
    }
  }
}

/** `set -e`, `set -eux`, `set -o pipefail`, `set -euxo pipefail`, `set +e`, `set -o errexit`. */
function applySet(args: Word[], state: ShellState): void {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    if (v === "--" || v === "-") break;
    if (!/^[-+][A-Za-z]+$/.test(v)) continue;
    const on = v[0] === "-";
    for (const ch of v.slice(1)) {
      if (ch === "e") state.errexit = on;
      else if (ch === "o") setOption(args[++i]?.value, on, state);
    }
  }
}

function setOption(name: string | null | undefined, on: boolean, state: ShellState): void {
  if (name === "errexit") state.errexit = on;
  else if (name === "pipefail") state.pipefail = on;
}

/**
 * The script word of `sh [options] -c script`, `bash -lc script`, `su [user] -c script`,
 * `eval script`, with the options it starts with.
 */
function scriptArgument(name: string, args: readonly Word[]): { word: Word; state: ShellState } | undefined {
  const state: ShellState = { errexit: false, pipefail: false };
  if (name === "eval") return args.length === 1 ? { word: args[0]!, state } : undefined;
  if (name === "su" || name === "runuser") {
    const i = args.findIndex((w) => w.value === "-c" || w.value === "--command");
    const word = i === -1 ? undefined : args[i + 1];
    return word ? { word, state } : undefined;
  }
  if (!SHELLS.has(name)) return undefined;
  let i = 0;
  if (name === "busybox") {
    if (!SHELLS.has(args[0]?.value ?? "")) return undefined;
    i = 1;
  }
  let command = false;
  for (; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) break;
    if (v === "--") {
      i++;
      break;
    }
    if (v.startsWith("--")) {
      if (v === "--rcfile" || v === "--init-file") i++;
      continue;
    }
    if (!/^[-+][A-Za-z]+$/.test(v)) break;
    const on = v[0] === "-";
    for (const ch of v.slice(1)) {
      if (ch === "c") command = true;
      else if (ch === "e") state.errexit = on;
      else if (ch === "o") setOption(args[++i]?.value, on, state);
      else if (ch === "O") i++;
    }
  }
  const word = command ? args[i] : undefined;
  return word ? { word, state } : undefined;
}

/** `#!/bin/sh -e` or `#!/usr/bin/env -S bash -eu` on the first line of a heredoc script. */
function shebangState(text: string): ShellState {
  const state: ShellState = { errexit: false, pipefail: false };
  if (!text.startsWith("#!")) return state;
  const nl = text.indexOf("\n");
  const line = text.slice(2, nl === -1 ? text.length : nl);
  for (const part of line.trim().split(/\s+/).slice(1)) {
    if (/^-[A-Za-z]+$/.test(part) && part.includes("e")) state.errexit = true;
  }
  return state;
}

const EMPTY_STATE: ShellState = { errexit: false, pipefail: false };

export function analyzeShell(source: ShellSource): ShellAnalysis {
  const analyzer = new Analyzer();
  let end: ShellState | undefined;
  try {
    end = analyzer.run(source, ROOT, shebangState(source.text));
  } catch {
    analyzer.hasSyntaxError = true;
  }
  return {
    commands: analyzer.commands,
    pipelines: analyzer.pipelines,
    operators: analyzer.operators,
    hasSyntaxError: analyzer.hasSyntaxError,
    errexit: (end ?? EMPTY_STATE).errexit,
    pipefail: (end ?? EMPTY_STATE).pipefail,
  };
}

/**
 * Several analyses of one instruction (e.g. a RUN line and its heredoc scripts) as one: command,
 * pipeline and parent indices renumbered. `errexit`/`pipefail` are those of the last.
 */
export function mergeShellAnalyses(list: readonly ShellAnalysis[]): ShellAnalysis {
  const merged: ShellAnalysis = {
    commands: [],
    pipelines: [],
    operators: [],
    hasSyntaxError: false,
    errexit: false,
    pipefail: false,
  };
  for (const a of list) {
    const base = merged.commands.length;
    const pipelineBase = merged.pipelines.length;
    for (const c of a.commands) {
      merged.commands.push({
        ...c,
        pipeline: c.pipeline + pipelineBase,
        parent: c.parent === null ? null : c.parent + base,
        connector: c.connector ?? (base > 0 ? ";" : null),
      });
    }
    for (const p of a.pipelines) merged.pipelines.push(p.map((i) => i + base));
    merged.operators.push(...a.operators);
    merged.hasSyntaxError ||= a.hasSyntaxError;
    merged.errexit = a.errexit;
    merged.pipefail = a.pipefail;
  }
  return merged;
}
