import { describe, expect, it } from "vitest";
import { analyzeShell, mergeShellAnalyses } from "./analyze.js";
import type { Range, ShellSource, SimpleCommand, Word } from "./types.js";

/** A source whose Dockerfile offsets are the text offsets plus `base`. */
const at = (text: string, base = 0): ShellSource => ({ text, toSource: (i) => base + i });
const analyze = (text: string, base = 0) => analyzeShell(at(text, base));
const values = (c: SimpleCommand | undefined) => c?.argv.map((w) => w.value);
const spans = (words: Word[], base = 0) => words.map((w) => [w.range.start - base, w.range.end - base]);
const slice = (text: string, r: Range) => text.slice(r.start, r.end);

describe("analyzeShell: commands, words and exact ranges", () => {
  it("argv with static values, quotes removed, and ranges shifted by the source map", () => {
    const text = `apt-get install -y "cur"l 'a b' $X`;
    const a = analyze(text, 4);
    expect(a.commands).toHaveLength(1);
    const c = a.commands[0]!;
    expect(values(c)).toEqual(["apt-get", "install", "-y", "curl", "a b", null]);
    expect(c.argv.map((w) => w.raw)).toEqual(["apt-get", "install", "-y", `"cur"l`, "'a b'", "$X"]);
    expect(spans(c.argv, 4)).toEqual([
      [0, 7],
      [8, 15],
      [16, 18],
      [19, 25],
      [26, 31],
      [32, 34],
    ]);
    expect(c.argv.map((w) => w.quoted)).toEqual([false, false, false, true, true, false]);
    expect(c.name?.value).toBe("apt-get");
    expect(c.args).toEqual(c.argv.slice(1));
    expect(c.range).toEqual({ start: 4, end: 4 + text.length });
    expect([a.hasSyntaxError, a.errexit, a.pipefail]).toEqual([false, false, false]);
  });

  it("maps ranges through a removed `\\`+newline continuation", () => {
    // Dockerfile: `RUN apt-get update && \<newline>    apt-get install -y curl`; the shell text skips `\<newline>`
    const dockerfile = "RUN apt-get update && \\\n    apt-get install -y curl";
    const text = "apt-get update &&     apt-get install -y curl";
    const cut = text.indexOf("    apt-get install");
    const source: ShellSource = { text, toSource: (i) => 4 + i + (i >= cut ? 2 : 0) };
    const a = analyzeShell(source);
    expect(a.commands.map((c) => slice(dockerfile, c.range))).toEqual([
      "apt-get update",
      "apt-get install -y curl",
    ]);
    expect(a.commands[1]!.argv.map((w) => slice(dockerfile, w.range))).toEqual([
      "apt-get",
      "install",
      "-y",
      "curl",
    ]);
    expect(a.commands[1]!.args[2]!.range).toEqual({ start: 47, end: 51 });
    expect(a.operators.map((o) => [o.op, slice(dockerfile, o.range)])).toEqual([["&&", "&&"]]);
    expect(a.commands[1]!.connector).toBe("&&");
  });

  it("a word split by a continuation spans it in the Dockerfile", () => {
    const dockerfile = "RUN apt-get ins\\\ntall x";
    const text = "apt-get install x";
    const source: ShellSource = { text, toSource: (i) => 4 + i + (i >= 11 ? 2 : 0) };
    const w = analyzeShell(source).commands[0]!.args[0]!;
    expect(w.value).toBe("install");
    expect(w.range).toEqual({ start: 12, end: 21 });
    expect(slice(dockerfile, w.range)).toBe("ins\\\ntall");
  });

  it("UTF-16 ranges for non-ASCII and astral characters", () => {
    const text = "echo é 😀 && ls ü";
    const a = analyze(text);
    expect(a.commands[0]!.args.map((w) => [w.value, slice(text, w.range)])).toEqual([
      ["é", "é"],
      ["😀", "😀"],
    ]);
    const u = a.commands[1]!.args[0]!;
    expect(slice(text, u.range)).toBe("ü");
    expect(u.range).toEqual({ start: 16, end: 17 });
  });

  it("escapes, double-quote rules, empty strings and dynamic words", () => {
    const a = analyze(`echo a\\ b "x\\"y\\$z\\q" '' "" "$HOME/x" pre$(date)post \${A:-b} $'\\n'`);
    expect(values(a.commands[0])).toEqual(["echo", "a b", 'x"y$z\\q', "", "", null, null, null, null]);
  });

  it("globs, braces and a leading tilde make a word non-static, with a pattern", () => {
    const c = analyze(`rm -rf /tmp/* ~/.cache {a,b} x?y a[bc] "*" '~' \\* /v/{1..3} x{}`).commands[0]!;
    expect(c.args.map((w) => [w.value, w.pattern])).toEqual([
      ["-rf", undefined],
      [null, "/tmp/*"],
      [null, "~/.cache"],
      [null, "{a,b}"],
      [null, "x?y"],
      [null, "a[bc]"],
      ["*", undefined],
      ["~", undefined],
      ["*", undefined],
      [null, "/v/{1..3}"],
      ["x{}", undefined],
    ]);
    expect(
      analyze(`apt-get install "curl=7.*" curl=7.*`)
        .commands[0]!.args.slice(1)
        .map((w) => w.value),
    ).toEqual(["curl=7.*", null]);
  });

  it("prefix assignments, bare assignments and redirects with descriptors", () => {
    const text = "DEBIAN_FRONTEND=noninteractive X= apt-get update > /dev/null 2>&1";
    const c = analyze(text).commands[0]!;
    expect(c.assignments.map((x) => [x.name, x.value.value, slice(text, x.range)])).toEqual([
      ["DEBIAN_FRONTEND", "noninteractive", "DEBIAN_FRONTEND=noninteractive"],
      ["X", "", "X="],
    ]);
    expect(c.name?.value).toBe("apt-get");
    expect(c.redirects.map((r) => [r.op, r.fd, r.target?.value, slice(text, r.range)])).toEqual([
      [">", undefined, "/dev/null", "> /dev/null"],
      [">&", 2, "1", "2>&1"],
    ]);
    expect(slice(text, c.range)).toBe(text);

    const bare = analyze("A=1 B=$(id -u)");
    expect(bare.commands[0]).toMatchObject({ name: undefined, argv: [] });
    expect(bare.commands[0]!.assignments.map((x) => [x.name, x.value.value])).toEqual([
      ["A", "1"],
      ["B", null],
    ]);
    expect(bare.commands[1]).toMatchObject({ inCommandSubstitution: true, parent: 0 });
    expect(values(bare.commands[1])).toEqual(["id", "-u"]);

    const only = analyze("> file").commands[0]!;
    expect([only.name, only.redirects[0]?.target?.value]).toEqual([undefined, "file"]);
  });

  it("export/local/unset, `[ ]` and `[[ ]]` tests as argv", () => {
    const a = analyze(`export A=1 B && unset C && [ -f "$x" ] && [[ $a == b* ]] || local d="e"`);
    expect(a.commands.map((c) => c.argv.map((w) => w.value ?? `<${w.raw}>`))).toEqual([
      ["export", "A=1", "B"],
      ["unset", "C"],
      ["[", "-f", '<"$x">', "]"],
      ["[[", "<$a>", "==", "<b*>", "]]"],
      ["local", "d=e"],
    ]);
    expect(a.commands[0]!.assignments).toEqual([]);

    // a redirection after `[[ … ]]` is a redirection of it, not one of its words
    const t = analyze("[[ -f a ]] 2>/dev/null").commands[0]!;
    expect(t.argv.map((w) => w.raw)).toEqual(["[[", "-f", "a", "]]"]);
    expect(t.redirects.map((r) => [r.op, r.target?.value])).toEqual([[">", "/dev/null"]]);
  });

  it("heredocs: delimiter, redirections after the marker, a pipe after it, substitutions in the body", () => {
    const text = "cat <<EOF | sh && next\nbody $(inner)\nEOF\nlast";
    const a = analyze(text);
    expect(a.commands.map((c) => c.name?.value)).toEqual(["cat", "inner", "sh", "next", "last"]);
    const cat = a.commands[0]!;
    expect(cat.redirects.map((r) => [r.op, r.target?.value, slice(text, r.range)])).toEqual([
      ["<<", "EOF", "<<EOF"],
    ]);
    expect(slice(text, cat.range)).toBe("cat <<EOF");
    const sh = a.commands[2]!;
    expect([sh.connector, sh.inPipeline, sh.pipeline]).toEqual(["|", true, cat.pipeline]);
    expect(cat.inPipeline).toBe(true);
    expect(a.commands[1]).toMatchObject({ parent: 0, inCommandSubstitution: true });
    expect(a.commands[3]!.connector).toBe("&&");
    expect(a.commands[4]!.connector).toBe(";");

    // a quoted delimiter: the body is not expanded
    const quoted = "cat <<-'EOF' > /etc/x\n$(not-run)\nEOF";
    const q = analyze(quoted);
    expect(q.commands.map((c) => c.name?.value)).toEqual(["cat"]);
    expect(q.commands[0]!.redirects.map((r) => [r.op, r.target?.value, r.target?.quoted])).toEqual([
      ["<<-", "EOF", true],
      [">", "/etc/x", false],
    ]);
    expect(slice(quoted, q.commands[0]!.range)).toBe("cat <<-'EOF' > /etc/x");
    expect(analyze('tr a b <<< "s"').commands[0]!.redirects.map((r) => [r.op, r.target?.value])).toEqual([
      ["<<<", "s"],
    ]);
  });
});

describe("analyzeShell: structure", () => {
  it("operators, connectors and pipelines", () => {
    const text = "a && b | c || d; e & f |& g";
    const a = analyze(text, 10);
    expect(a.commands.map((c) => [c.name?.value, c.connector, c.inPipeline])).toEqual([
      ["a", null, false],
      ["b", "&&", true],
      ["c", "|", true],
      ["d", "||", false],
      ["e", ";", false],
      ["f", "&", true],
      ["g", "|&", true],
    ]);
    expect(a.pipelines).toEqual([[0], [1, 2], [3], [4], [5, 6]]);
    expect(a.commands.map((c) => c.pipeline)).toEqual([0, 1, 1, 2, 3, 4, 4]);
    expect(a.operators.map((o) => [o.op, o.range.start - 10, o.range.end - 10])).toEqual([
      ["&&", 2, 4],
      ["|", 7, 8],
      ["||", 11, 13],
      [";", 15, 16],
      ["&", 19, 20],
      ["|&", 23, 25],
    ]);
  });

  it("newlines separate like `;`; subshells, substitutions, conditions, negation", () => {
    const a = analyze(
      "a\n(b; c) && ! d $(e `f`) <(g)\nif h; i; then j; elif k; then l; else m; fi\nwhile n; do o; done\nuntil p; do q; done",
    );
    const by = (n: string) => a.commands.find((c) => c.name?.value === n)!;
    expect(a.commands.map((c) => c.name?.value)).toEqual([..."abcdefghijklmnopq"]);
    expect([by("b").connector, by("b").inSubshell, by("c").inSubshell, by("d").inSubshell]).toEqual([
      ";",
      true,
      true,
      false,
    ]);
    expect([by("d").connector, by("d").negated]).toEqual(["&&", true]);
    for (const n of ["e", "f", "g"])
      expect(by(n)).toMatchObject({ inCommandSubstitution: true, connector: null });
    expect([by("e").parent, by("f").parent, by("g").parent]).toEqual([3, 4, 3]);
    expect(["h", "i", "k", "n", "p"].map((n) => by(n).inCondition)).toEqual([true, true, true, true, true]);
    expect(["j", "l", "m", "o", "q"].map((n) => by(n).inCondition)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("case patterns, arithmetic and loops do not produce commands or operators", () => {
    const a = analyze("case $x in a|b) one;; *) two;; esac; (( i && j )); for f in $(ls) x; do three; done");
    expect(a.commands.map((c) => c.name?.value)).toEqual(["one", "two", "ls", "three"]);
    expect(a.operators.map((o) => o.op)).not.toContain("|");
    expect(a.operators.map((o) => o.op)).not.toContain("&&");
  });

  it("set -e and pipefail per command: clusters, -o, +e, scoping, shebang", () => {
    const a = analyze(
      "a; set -eux; b; set -o pipefail; c; (set +e; d); e; set +o errexit; f; set -euxo pipefail; g | h; echo $(set +e) ; i",
    );
    const state = (n: string) => {
      const c = a.commands.find((x) => x.name?.value === n)!;
      return [c.errexit, c.pipefail];
    };
    expect(["a", "b", "c", "d", "e", "f", "g", "h", "i"].map(state)).toEqual([
      [false, false],
      [true, false],
      [true, true],
      [false, true],
      [true, true],
      [false, true],
      [true, true],
      [true, true],
      [true, true],
    ]);
    expect([a.errexit, a.pipefail]).toEqual([true, true]);
    expect(analyze("set -o errexit; x").commands[1]!.errexit).toBe(true);
    expect(analyze("#!/bin/sh -ex\nx").commands[0]!.errexit).toBe(true);
    expect(analyze("#!/bin/sh\nx").commands[0]!.errexit).toBe(false);
  });

  it("syntax errors are flagged, never thrown", () => {
    for (const text of ["if then fi ((", "a &&", "echo 'unterminated", "((((", "$(", "case x in", ")"]) {
      const a = analyze(text);
      expect(a.hasSyntaxError, text).toBe(true);
    }
    expect(analyze("").commands).toEqual([]);
    expect(analyze("# only a comment").hasSyntaxError).toBe(false);
  });
});

describe("analyzeShell: inline scripts", () => {
  it("sh -c: the script is analysed with ranges inside the quoted string", () => {
    const text = `sh -c "apk add curl && rm -rf /tmp/x"; after`;
    const a = analyze(text, 100);
    expect(a.commands.map((c) => c.name?.value)).toEqual(["sh", "apk", "rm", "after"]);
    const apk = a.commands[1]!;
    expect(apk).toMatchObject({ inShellScript: true, inSubshell: true, parent: 0, connector: null });
    expect(apk.args.map((w) => text.slice(w.range.start - 100, w.range.end - 100))).toEqual(["add", "curl"]);
    expect(a.commands[2]!.connector).toBe("&&");
    expect(a.commands[3]).toMatchObject({ connector: ";", inShellScript: false, parent: null });
    expect(a.operators.map((o) => [o.op, text.slice(o.range.start - 100, o.range.end - 100)])).toEqual([
      ["&&", "&&"],
      [";", ";"],
    ]);
  });

  it("escapes inside the script string keep exact ranges", () => {
    const text = `bash -c "echo \\"b\\" \\$c; ls é"`;
    const a = analyze(text);
    const echo = a.commands[1]!;
    expect(values(echo)).toEqual(["echo", "b", null]);
    expect(echo.argv.map((w) => slice(text, w.range))).toEqual(["echo", '\\"b\\"', "\\$c"]);
    expect(slice(text, a.commands[2]!.range)).toBe("ls é");
  });

  it("shell options before -c, wrappers, su -c, eval; dynamic scripts are not analysed", () => {
    const e = analyze(`sudo -E bash -euo pipefail -lc 'a | b'`);
    expect(e.commands.slice(1).map((c) => [c.name?.value, c.errexit, c.pipefail])).toEqual([
      ["a", true, true],
      ["b", true, true],
    ]);
    expect(e.pipelines[e.commands[1]!.pipeline]).toEqual([1, 2]);
    expect(analyze(`/bin/sh -ec 'x'`).commands[1]).toMatchObject({ errexit: true });
    expect(analyze(`su app -c 'npm ci'`).commands.map((c) => c.name?.value)).toEqual(["su", "npm"]);
    expect(analyze(`eval "a && b"`).commands.map((c) => c.name?.value)).toEqual(["eval", "a", "b"]);
    expect(analyze(`sh -c "$SCRIPT"`).commands).toHaveLength(1);
    expect(analyze(`sh script.sh -c x`).commands).toHaveLength(1);
    const nested = analyze(`sh -c "bash -c 'x y'"`);
    expect(nested.commands.map((c) => [c.name?.value, c.parent])).toEqual([
      ["sh", null],
      ["bash", 0],
      ["x", 1],
    ]);
    expect(slice(`sh -c "bash -c 'x y'"`, nested.commands[2]!.range)).toBe("x y");
  });
});

describe("mergeShellAnalyses", () => {
  it("renumbers pipelines and parents", () => {
    const merged = mergeShellAnalyses([analyze("a | b"), analyze("c $(d)")]);
    expect(merged.commands.map((c) => [c.name?.value, c.pipeline, c.parent])).toEqual([
      ["a", 0, null],
      ["b", 0, null],
      ["c", 1, null],
      ["d", 2, 2],
    ]);
    expect(merged.pipelines).toEqual([[0, 1], [2], [3]]);
  });
});
