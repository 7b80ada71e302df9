import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeShell } from "../shell/analyze.js";
import { parse } from "../syntax/parser.js";
import { shellSources } from "./shell-source.js";

function sources(dockerfile: string) {
  const { cst } = parse(dockerfile);
  const inst = cst.instructions[cst.instructions.length - 1]!;
  return shellSources(inst, dockerfile);
}

describe("shellSources: exec-form RUN", () => {
  it("`sh -c script`: the script", () => {
    const [s] = sources('FROM a\nRUN ["sh", "-c", "apt-get update && make"]');
    expect(s!.text).toBe("apt-get update && make");
  });

  it("any other argv: one command with exactly its words, at their offsets in the JSON strings", () => {
    const text = 'FROM a\nRUN ["A=1", "apt-get", "install", "a b", "it\'s", "$HOME", ""]';
    const [s] = sources(text);
    const a = analyzeShell(s!);
    expect(a.commands).toHaveLength(1);
    const argv = a.commands[0]!.argv;
    // no shell: `A=1` is the program's name, not an assignment
    expect(argv.map((w) => w.value)).toEqual(["A=1", "apt-get", "install", "a b", "it's", "$HOME", ""]);
    expect(text.slice(argv[1]!.range.start, argv[1]!.range.end)).toBe("apt-get");
    expect(text.slice(argv[2]!.range.start, argv[2]!.range.end)).toBe("install");
    // a quoted word's range covers the JSON string with its quotes
    expect(text.slice(argv[3]!.range.start, argv[3]!.range.end)).toBe('"a b"');
  });

  it("a script that names its shell says which", () => {
    expect(sources('FROM a\nRUN ["/bin/bash", "-c", "x"]')[0]!.shell).toBe("bash");
    expect(sources("FROM a\nRUN <<EOT bash\nx\nEOT")[0]!.shell).toBe("bash");
    expect(sources("FROM a\nRUN <<EOT\n#!/bin/ash\nx\nEOT")[0]!.shell).toBe("ash");
    expect(sources("FROM a\nRUN <<EOT\nx\nEOT")[0]!.shell).toBeUndefined();
    expect(sources("FROM a\nRUN x")[0]!.shell).toBeUndefined();
  });

  it("CMD and ENTRYPOINT in exec form run no script", () => {
    expect(sources('FROM a\nCMD ["nginx", "-g", "daemon off;"]')).toEqual([]);
    expect(sources('FROM a\nENTRYPOINT ["/entrypoint.sh"]')).toEqual([]);
  });

  it("every argv comes back word for word, with ranges inside the array", () => {
    const element = fc.string({
      maxLength: 8,
      unit: fc.constantFrom("a", "-", " ", "'", "$", "*", "|", ";", "=", "~", "\t"),
    });
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 5 }), (argv) => {
        const text = `FROM a\nRUN ${JSON.stringify(argv)}`;
        const [s] = sources(text);
        const a = analyzeShell(s!);
        expect(a.commands.map((c) => c.argv.map((w) => w.value))).toEqual([argv]);
        const array = text.indexOf("[");
        for (const w of a.commands[0]!.argv) {
          expect(w.range.start).toBeGreaterThanOrEqual(array);
          expect(w.range.end).toBeLessThanOrEqual(text.length);
          expect(w.range.start).toBeLessThanOrEqual(w.range.end);
        }
      }),
    );
  });
});
