import { describe, expect, it } from "vitest";
import { LineIndex } from "../text/line-index.js";
import type { Range } from "../text/range.js";
import type { Instruction } from "./cst.js";
import { parse } from "./parser.js";

function only(text: string): Instruction {
  const { cst } = parse(text);
  expect(cst.instructions).toHaveLength(1);
  return cst.instructions[0]!;
}

const slice = (text: string, r: Range | undefined) => (r ? text.slice(r.start, r.end) : undefined);

describe("parse: structure and ranges", () => {
  it("FROM: flags, image, AS, stage name", () => {
    const text = "FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build\n";
    const inst = only(text);
    expect(inst.name).toBe("FROM");
    expect(inst.flags[0]).toMatchObject({ name: "platform", value: "$BUILDPLATFORM" });
    expect(slice(text, inst.flags[0]!.valueRange)).toBe("$BUILDPLATFORM");
    expect(slice(text, inst.flags[0]!.nameRange)).toBe("platform");
    if (inst.args.type !== "from") throw new Error("from");
    expect(slice(text, inst.args.image!.range)).toBe("golang:1.22-alpine");
    expect(slice(text, inst.args.as!.range)).toBe("AS");
    expect(inst.args.stage!.value).toBe("build");
    expect(inst.range).toEqual({ start: 0, end: text.length - 1 });
  });

  it("keyword case is kept, name is upper case", () => {
    const inst = only("from alpine");
    expect(inst.keyword).toBe("from");
    expect(inst.name).toBe("FROM");
  });

  it("RUN --mount options with ranges; shell text across a continuation", () => {
    const text = "RUN --mount=type=cache,target=/root/.cache,sharing=locked \\\n    pip install -r r.txt";
    const inst = only(text);
    const mount = inst.flags[0]!;
    expect(mount.options!.map((o) => [o.key, o.value, slice(text, o.range)])).toEqual([
      ["type", "cache", "type=cache"],
      ["target", "/root/.cache", "target=/root/.cache"],
      ["sharing", "locked", "sharing=locked"],
    ]);
    if (inst.args.type !== "command") throw new Error("command");
    expect(inst.args.form).toBe("shell");
    // the flags end at the continuation; the rest is trimmed
    expect(inst.args.shell!.value).toBe("pip install -r r.txt");
    expect(slice(text, inst.args.shell!.range)).toBe("pip install -r r.txt");
  });

  it("a word broken by a continuation keeps an exact range", () => {
    const text = "ENV A=fo\\\no B=2";
    const inst = only(text);
    if (inst.args.type !== "keyValue") throw new Error("kv");
    expect(inst.args.pairs.map((p) => [p.key.value, p.value!.value])).toEqual([
      ["A", "foo"],
      ["B", "2"],
    ]);
    expect(slice(text, inst.args.pairs[0]!.value!.range)).toBe("fo\\\no");
  });

  it("exec form: elements decoded with ranges; invalid JSON falls back to shell form", () => {
    const text = 'CMD ["echo", "a\\"b"]';
    const inst = only(text);
    if (inst.args.type !== "command") throw new Error("command");
    expect(inst.args.form).toBe("exec");
    expect(inst.args.exec!.elements.map((e) => [e.value, slice(text, e.range)])).toEqual([
      ["echo", '"echo"'],
      ['a"b', '"a\\"b"'],
    ]);
    const shell = only("CMD ['echo']");
    expect(shell.args.type === "command" && shell.args.form).toBe("shell");
  });

  it("JSON array with a non-string element is a parse error", () => {
    const { diagnostics } = parse('FROM a\nCMD ["a", 1]');
    expect(diagnostics.map((d) => [d.code, d.phase])).toEqual([["json-not-strings", "parse"]]);
  });

  it("ENV legacy form, LABEL pairs, ARG with and without default", () => {
    const legacy = only("ENV PATH /usr/bin:$PATH");
    expect(legacy.args).toMatchObject({ type: "keyValue", legacy: true });
    const arg = only('ARG A B="x y"');
    if (arg.args.type !== "arg") throw new Error("arg");
    expect(arg.args.args.map((a) => [a.key.value, a.value?.value ?? null])).toEqual([
      ["A", null],
      ["B", '"x y"'],
    ]);
  });

  it("COPY sources, destination and flags; EXPOSE protocol; USER group", () => {
    const copy = only("COPY --from=build --chown=1000:1000 a b /dst/");
    if (copy.args.type !== "copy") throw new Error("copy");
    expect(copy.args.sources.map((s) => s.value)).toEqual(["a", "b"]);
    expect(copy.args.destination!.value).toBe("/dst/");
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([
      ["from", "build"],
      ["chown", "1000:1000"],
    ]);
    const expose = only("EXPOSE 80/tcp 8000-8010/udp 443");
    if (expose.args.type !== "expose") throw new Error("expose");
    expect(expose.args.ports.map((p) => [p.port.value, p.protocol?.value])).toEqual([
      ["80", "tcp"],
      ["8000-8010", "udp"],
      ["443", undefined],
    ]);
    const user = only("USER app:staff");
    expect(user.args).toMatchObject({ type: "user", user: { value: "app" }, group: { value: "staff" } });
  });

  it("HEALTHCHECK options and command; ONBUILD parses its instruction recursively", () => {
    const hc = only("HEALTHCHECK --interval=5s CMD curl -f http://localhost/");
    expect(hc.args).toMatchObject({ type: "healthcheck", kind: { value: "CMD" }, form: "shell" });
    const text = "ONBUILD COPY --chown=app . /app";
    const ob = only(text);
    if (ob.args.type !== "onbuild") throw new Error("onbuild");
    const inner = ob.args.instruction!;
    expect(inner.name).toBe("COPY");
    expect(slice(text, inner.keywordRange)).toBe("COPY");
    expect(slice(text, inner.flags[0]!.range)).toBe("--chown=app");
  });

  it("comment and blank lines inside a continuation are skipped; blank ones warn", () => {
    const text = "RUN a \\\n# note\n  && b \\\n\n  && c\n";
    const { cst, diagnostics } = parse(text);
    const inst = cst.instructions[0]!;
    expect(inst.rest!.value).toBe("a   && b   && c");
    expect(diagnostics.map((d) => d.code)).toEqual(["empty-continuation"]);
    const index = new LineIndex(text);
    expect(index.position(inst.range.end).line).toBe(5);
    expect(cst.comments.map((c) => c.value)).toEqual(["note"]);
  });

  it("parser directives at the top only; escape directive changes continuation", () => {
    const text = "# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN echo \\\nRUN b `\n  c\n# escape=\\\n";
    const { cst } = parse(text);
    expect(cst.directives.map((d) => [d.name, d.value])).toEqual([
      ["syntax", "docker/dockerfile:1"],
      ["escape", "`"],
    ]);
    expect(cst.escape).toBe("`");
    expect(cst.instructions.map((i) => i.rest?.value)).toEqual(["a", "echo \\", "b   c"]);
  });

  it("a directive after a comment is an ordinary comment; duplicates are errors", () => {
    expect(parse("# hello\n# escape=`\nFROM a").cst.escape).toBe("\\");
    const dup = parse("# syntax=a\n# syntax=b\nFROM a");
    expect(dup.diagnostics.map((d) => d.code)).toEqual(["duplicate-directive"]);
  });

  it("CRLF line endings and a BOM", () => {
    const text = "\ufeffFROM a\r\nRUN b \\\r\n  c\r\n";
    const { cst } = parse(text);
    expect(cst.instructions.map((i) => i.rest?.value)).toEqual(["a", "b   c"]);
    expect(cst.tokens[0]!.kind).toBe("bom");
  });

  it("unknown instructions and flags parse generically and become build diagnostics", () => {
    const { cst, diagnostics } = parse("FROM a\nFROB x y\nCOPY --newflag=1 a b\n");
    expect(cst.instructions.map((i) => [i.name, i.known])).toEqual([
      ["FROM", true],
      ["FROB", false],
      ["COPY", true],
    ]);
    expect(diagnostics.map((d) => [d.code, d.phase])).toEqual([
      ["unknown-instruction", "build"],
      ["unknown-flag", "build"],
    ]);
  });

  it("tokens classify every character", () => {
    const text = "FROM a\n# c\nRUN x \\\n  y\n";
    const { cst } = parse(text);
    expect(cst.tokens.map((t) => [t.kind, text.slice(t.start, t.end)])).toEqual([
      ["keyword", "FROM"],
      ["whitespace", " "],
      ["word", "a"],
      ["newline", "\n"],
      ["comment", "# c"],
      ["newline", "\n"],
      ["keyword", "RUN"],
      ["whitespace", " "],
      ["text", "x "],
      ["continuation", "\\\n"],
      ["text", "  y"],
      ["newline", "\n"],
    ]);
  });
});

describe("parse: heredocs", () => {
  it("RUN heredoc: body, terminator and marker ranges; body lines are not instructions", () => {
    const text = "FROM a\nRUN <<EOF\napt-get update\n# not a comment\nEOF\nUSER app\n";
    const { cst, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(cst.instructions.map((i) => i.name)).toEqual(["FROM", "RUN", "USER"]);
    const [h] = cst.instructions[1]!.heredocs;
    expect(h).toMatchObject({ name: "EOF", expand: true, chomp: false, terminated: true });
    expect(h!.content).toBe("apt-get update\n# not a comment\n");
    expect(slice(text, h!.marker)).toBe("<<EOF");
    expect(slice(text, h!.terminator)).toBe("EOF");
    expect(slice(text, cst.instructions[1]!.range)).toBe("RUN <<EOF\napt-get update\n# not a comment\nEOF");
  });

  it("several heredocs on one line, quoted delimiter, <<- chomp, ONBUILD", () => {
    const text = "COPY <<A <<'B' /dst/\na\nA\n$b\nB\nRUN <<-X\n\techo\n\tX\nONBUILD RUN <<Y\ny\nY\n";
    const { cst, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(cst.instructions.map((i) => i.name)).toEqual(["COPY", "RUN", "ONBUILD"]);
    expect(cst.instructions[0]!.heredocs.map((h) => [h.name, h.expand, h.content])).toEqual([
      ["A", true, "a\n"],
      ["B", false, "$b\n"],
    ]);
    expect(cst.instructions[1]!.heredocs[0]).toMatchObject({ name: "X", chomp: true, content: "\techo\n" });
    expect(cst.instructions[2]!.heredocs[0]).toMatchObject({ name: "Y", content: "y\n" });
  });

  it("unterminated heredoc is a parse error; exec form and other instructions have none", () => {
    expect(parse("RUN <<EOF\nno end\n").diagnostics.map((d) => d.code)).toContain("unterminated-heredoc");
    expect(parse('RUN ["<<EOF"]\nFROM a').cst.instructions.map((i) => i.heredocs.length)).toEqual([0, 0]);
    expect(parse("USER <<X\nFROM a").cst.instructions.map((i) => i.name)).toEqual(["USER", "FROM"]);
  });
});
