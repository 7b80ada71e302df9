/**
 * Renders a parse in the format of BuildKit's `Node.Dump()` (what `frontend/dockerfile/parser/dumper`
 * prints), so our parser can be compared with BuildKit's own fixtures. Returns null when BuildKit's
 * parser would reject the file.
 */

import { goQuote } from "../text/go-quote.js";
import type { Instruction, Word } from "./cst.js";
import { parse } from "./parser.js";

export { goQuote };

export function dumpBuildkit(text: string): string | null {
  const { cst, diagnostics } = parse(text);
  if (diagnostics.some((d) => d.phase === "parse" && d.severity === "error")) return null;
  return cst.instructions.map((inst) => `(${dumpInstruction(inst)})`).join("\n");
}

function dumpInstruction(inst: Instruction): string {
  let out = inst.keyword.toLowerCase();
  if (inst.flags.length > 0)
    out += ` [${inst.flags.map((f) => goQuote(cookedFlag(f.name, f.value))).join(" ")}]`;
  for (const value of argValues(inst)) out += ` ${value}`;
  return out;
}

/** The flag as BuildKit records it: the word `--name[=value]` with quotes and escapes removed. */
function cookedFlag(name: string, value: string | null): string {
  return value === null ? `--${name}` : `--${name}=${value}`;
}

function quoted(words: readonly Word[]): string[] {
  return words.map((w) => goQuote(w.value));
}

function argValues(inst: Instruction): string[] {
  const args = inst.args;
  switch (args.type) {
    case "from":
      return quoted([args.image, args.as, args.stage, ...args.extra].filter((w): w is Word => !!w));
    case "expose":
      return quoted(args.ports.map((p) => p.word));
    case "copy":
      return quoted(args.destination ? [...args.sources, args.destination] : args.sources);
    case "volume":
      return quoted(args.paths);
    case "command":
      if (args.form === "exec") return quoted(args.exec!.elements);
      return args.shell ? [goQuote(args.shell.value)] : [];
    case "healthcheck": {
      if (!args.kind) return [];
      const cmd =
        args.form === "exec" ? quoted(args.exec!.elements) : args.shell ? [goQuote(args.shell.value)] : [];
      return [goQuote(args.kind.value), ...cmd];
    }
    case "keyValue":
      return args.pairs.flatMap((p) => [
        goQuote(p.key.value),
        goQuote(p.value?.value ?? ""),
        goQuote(args.legacy ? "" : "="),
      ]);
    case "arg":
      return args.args.map((a) => goQuote(wordText(a.key, a.value)));
    case "user":
    case "single":
      return inst.rest ? [goQuote(inst.rest.value)] : [];
    case "onbuild":
      return args.instruction ? [`(${dumpInstruction(args.instruction)})`] : [];
    case "unknown":
      return [goQuote("")];
  }
}

function wordText(key: Word, value: Word | null): string {
  return value === null ? key.value : `${key.value}=${value.value}`;
}
