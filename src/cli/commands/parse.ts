/** `shipshape parse`: shows how shipshape (and BuildKit) read a Dockerfile. */

import type { Diagnostic, Instruction } from "../../core/syntax/cst.js";
import { dumpBuildkit } from "../../core/syntax/dump-buildkit.js";
import { parse } from "../../core/syntax/parser.js";
import { LineIndex } from "../../core/text/line-index.js";
import { findDockerfiles, readText } from "../files.js";
import type { Io } from "../io.js";

export type ParseFormat = "outline" | "buildkit" | "json";

export async function parseCommand(
  paths: string[],
  options: { format: ParseFormat; tokens?: boolean },
  io: Io,
) {
  const files = findDockerfiles(paths.length ? paths : ["."]);
  if (files.length === 0) {
    io.err(`shipshape: no Dockerfiles found in ${paths.join(", ") || "."}`);
    return 2;
  }
  let failed = false;
  const json: unknown[] = [];
  for (const file of files) {
    const text = await readText(file);
    const { cst, diagnostics } = parse(text);
    const index = new LineIndex(text);
    const fatal = diagnostics.some((d) => d.severity === "error");
    failed ||= fatal;
    if (options.format === "json") {
      json.push({ file, diagnostics, cst: options.tokens ? cst : { ...cst, tokens: undefined } });
      continue;
    }
    if (files.length > 1) io.out(`${file}:`);
    if (options.format === "buildkit") {
      const dump = dumpBuildkit(text);
      if (dump !== null) io.out(dump);
    } else {
      for (const d of cst.directives) io.out(`${at(index, d.range.start)}  # ${d.name}=${d.value}`);
      for (const inst of cst.instructions) io.out(outline(inst, index));
    }
    for (const d of diagnostics) io.err(diagnosticLine(file, index, d));
  }
  if (options.format === "json") io.out(JSON.stringify(json, null, 2));
  return failed ? 1 : 0;
}

function at(index: LineIndex, offset: number): string {
  const p = index.position(offset);
  return `${p.line}:${p.column}`;
}

function outline(inst: Instruction, index: LineIndex): string {
  const span = `${at(index, inst.range.start)}-${at(index, inst.range.end)}`;
  const flags = inst.flags.map((f) => ` --${f.name}${f.value === null ? "" : `=${f.value}`}`).join("");
  const args = inst.args;
  let detail = inst.rest ? ` ${inst.rest.value}` : "";
  if (args.type === "command" || args.type === "healthcheck") detail = ` (${args.form} form)${detail}`;
  if (args.type === "from" && args.stage) detail += `  [stage ${args.stage.value}]`;
  const heredocs = inst.heredocs
    .map((h) => `  <<${h.name} (${h.content.split("\n").length - 1} lines)`)
    .join("");
  return `${span.padEnd(14)} ${inst.name}${flags}${detail}${heredocs}`;
}

function diagnosticLine(file: string, index: LineIndex, d: Diagnostic): string {
  return `${file}:${at(index, d.range.start)}: ${d.severity}: ${d.message} (${d.code})`;
}
