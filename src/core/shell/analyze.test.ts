import { beforeAll, describe, expect, it } from "vitest";
import { loadShellParser } from "../../cli/shell-wasm.js";
import { analyzeShell } from "./analyze.js";
import type { ShellSource } from "./types.js";

beforeAll(loadShellParser);

/** A source whose Dockerfile offsets are the text offsets plus `base`. */
const at = (text: string, base = 0): ShellSource => ({ text, toSource: (i) => base + i });

describe("analyzeShell", () => {
  it("simple commands with argv, static values and exact ranges", () => {
    const text = `apt-get install -y "cur"l 'a b' $X`;
    const a = analyzeShell(at(text, 4));
    expect(a.commands).toHaveLength(1);
    const c = a.commands[0]!;
    expect(c.argv.map((w) => w.value)).toEqual(["apt-get", "install", "-y", "curl", "a b", null]);
    expect(c.argv.map((w) => [w.range.start - 4, w.range.end - 4])).toEqual([
      [0, 7],
      [8, 15],
      [16, 18],
      [19, 25],
      [26, 31],
      [32, 34],
    ]);
    expect(c.args[3]!.quoted).toBe(true);
  });

  it("operators, pipelines, subshells, substitutions, conditions", () => {
    const a = analyzeShell(at("set -eo pipefail; a && b | c || (d; e) ; f $(g) ; if h; then i; fi"));
    const names = a.commands.map((c) => c.name?.value);
    expect(names).toEqual(["set", "a", "b", "c", "d", "e", "f", "g", "h", "i"]);
    const byName = (n: string) => a.commands.find((c) => c.name?.value === n)!;
    expect(byName("a").connector).toBe(";");
    expect(byName("b").connector).toBe("&&");
    expect(byName("c").connector).toBe("|");
    expect([byName("b").inPipeline, byName("c").inPipeline, byName("a").inPipeline]).toEqual([
      true,
      true,
      false,
    ]);
    expect(byName("b").pipeline).toBe(byName("c").pipeline);
    expect(byName("d").inSubshell).toBe(true);
    expect(byName("g").inCommandSubstitution).toBe(true);
    expect(byName("h").inCondition).toBe(true);
    expect(byName("i").inCondition).toBe(false);
    expect([byName("a").errexit, byName("a").pipefail, byName("set").errexit]).toEqual([true, true, false]);
  });

  it("prefix assignments and redirects", () => {
    const a = analyzeShell(at("DEBIAN_FRONTEND=noninteractive apt-get update > /dev/null 2>&1"));
    const c = a.commands[0]!;
    expect(c.assignments.map((x) => [x.name, x.value.value])).toEqual([
      ["DEBIAN_FRONTEND", "noninteractive"],
    ]);
    expect(c.name?.value).toBe("apt-get");
    expect(c.redirects.map((r) => [r.op, r.target?.value])).toEqual([
      [">", "/dev/null"],
      [">&", "1"],
    ]);
  });

  it("maps ranges through a removed line continuation", () => {
    // Dockerfile: `RUN apt-get update && \\\n    apt-get install -y curl`; the shell text skips `\\\n`
    const dockerfile = "RUN apt-get update && \\\n    apt-get install -y curl";
    const text = "apt-get update &&     apt-get install -y curl";
    const cut = text.indexOf("    apt-get install");
    const source: ShellSource = { text, toSource: (i) => 4 + i + (i >= cut ? 2 : 0) };
    const a = analyzeShell(source);
    const curl = a.commands[1]!.args[2]!;
    expect(dockerfile.slice(curl.range.start, curl.range.end)).toBe("curl");
  });

  it("sh -c scripts are analysed with ranges inside the string", () => {
    const text = `sh -c "apk add curl && rm -rf /tmp/x"`;
    const a = analyzeShell(at(text));
    const names = a.commands.map((c) => c.name?.value);
    expect(names).toEqual(["sh", "apk", "rm"]);
    const curl = a.commands[1]!.args[1]!;
    expect(text.slice(curl.range.start, curl.range.end)).toBe("curl");
  });

  it("non-ASCII text keeps UTF-16 ranges; syntax errors are flagged, not thrown", () => {
    const text = "echo é && ls ü";
    const a = analyzeShell(at(text));
    const u = a.commands[1]!.args[0]!;
    expect(text.slice(u.range.start, u.range.end)).toBe("ü");
    expect(analyzeShell(at("if then fi ((")).hasSyntaxError).toBe(true);
  });
});
