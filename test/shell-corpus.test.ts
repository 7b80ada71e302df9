import { describe, expect, it } from "vitest";
import { isPosixShell } from "../src/core/lint/suppressions.js";
import { analyze, analyzeShell, parse, shellSources } from "../src/index.js";
import { corpusFiles, readUtf8 } from "./support/shared.js";

describe("shell parser on the corpus", () => {
  it("parses every script of ../shared/corpus that the analysis reads (not PowerShell/cmd) without a syntax error", () => {
    const failures: string[] = [];
    let scripts = 0;
    let commands = 0;
    for (const file of corpusFiles()) {
      const text = readUtf8(file);
      const model = analyze(parse(text).cst);
      for (const info of model.infos) {
        const inst =
          info.instruction.args.type === "onbuild" ? info.instruction.args.instruction : info.instruction;
        if (!inst || !isPosixShell(info.shell.value?.[0] ?? "/bin/sh")) continue; // SHELL ["powershell", ...]
        for (const source of shellSources(inst, text)) {
          const analysis = analyzeShell(source);
          scripts++;
          commands += analysis.commands.length;
          if (analysis.hasSyntaxError) failures.push(`${file}: ${source.text.slice(0, 120)}`);
          // every word's range lies inside the instruction
          for (const c of analysis.commands) {
            for (const w of c.argv) {
              if (
                w.range.start < inst.range.start ||
                w.range.end > inst.range.end ||
                w.range.start > w.range.end
              )
                failures.push(
                  `${file}: word ${w.raw} at ${w.range.start}-${w.range.end} outside its instruction`,
                );
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(scripts).toBeGreaterThan(2000);
    expect(commands).toBeGreaterThan(19000);
  });
});
