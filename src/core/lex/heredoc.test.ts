// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell variable syntax like "${VAR}", not templates
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type HeredocSpec, heredocsFromLine, parseHeredoc } from "./heredoc.js";

const spec = (name: string, expand = true, chomp = false, fd = 0): HeredocSpec => ({
  name,
  expand,
  chomp,
  fd,
});
const names = (line: string) => heredocsFromLine(line).heredocs.map((h) => h.name);

describe("parseHeredoc: README 6.2 opener table", () => {
  const openers: [string, HeredocSpec][] = [
    ["<<EOF", spec("EOF")],
    ["<<-EOF", spec("EOF", true, true)],
    ["3<<EOF", spec("EOF", true, false, 3)],
    ["<< EOF", spec("EOF")],
    ["<<- EOF", spec("EOF", true, true)],
    ["<<  \tEOF", spec("EOF")],
    ["<< -EOF", spec("-EOF")],
    ["<<'EOF'", spec("EOF", false)],
    ['<<"EOF"', spec("EOF", false)],
    ["<<-'EOF'", spec("EOF", false, true)],
    ['<<-"EOF"', spec("EOF", false, true)],
    ['<<EO"F"', spec("EOF", false)],
    ["<<eo'f'", spec("eof", false)],
    ["<<eo\\'f", spec("eo'f")],
    ["<<'e'o\\'f", spec("eo'f", false)],
    ["<<'one two'", spec("one two", false)],
    ["<<$EOF", spec("$EOF")],
    ["<<${EOF}", spec("${EOF}")],
    ["<<file.txt", spec("file.txt")],
    ["12<<-X", spec("X", true, true, 12)],
  ];
  for (const [word, expected] of openers) {
    it(`${word} → ${JSON.stringify(expected)}`, () => expect(parseHeredoc(word)).toEqual(expected));
  }

  const notOpeners = [
    "",
    "EOF",
    "<<",
    "<<-",
    "<< ",
    "<EOF",
    "<<<EOF",
    "<<EOF<",
    '"<<EOF"',
    "'<<EOF'",
    "<<EOF sh",
    "a<<EOF",
    "-<<EOF",
  ];
  for (const word of notOpeners) {
    it(`${JSON.stringify(word)} is not an opener`, () => expect(parseHeredoc(word)).toBeNull());
  }

  const bad = ["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"', "<<${EOF"];
  for (const word of bad) {
    it(`${word} is an error (unbalanced quote)`, () => {
      const r = parseHeredoc(word);
      expect(r).not.toBeNull();
      expect(r && "error" in r && r.error).toBeTruthy();
    });
  }
});

describe("heredocsFromLine", () => {
  it("finds openers anywhere on the line, in order", () => {
    expect(names("RUN <<EOF")).toEqual(["EOF"]);
    expect(names("RUN <<-EOF")).toEqual(["EOF"]);
    expect(names("RUN 4<<EOF")).toEqual(["EOF"]);
    expect(names("RUN <<EOF <<EOF2")).toEqual(["EOF", "EOF2"]);
    expect(names("COPY <<FILE1 <<FILE2 /dest")).toEqual(["FILE1", "FILE2"]);
    expect(names("RUN <<A cat > a && <<B cat > b")).toEqual(["A", "B"]);
    expect(names("RUN cat >> /f <<EOF")).toEqual(["EOF"]);
    expect(names("RUN --mount=type=cache,target=/foo <<MOUNT")).toEqual(["MOUNT"]);
    expect(names("COPY --chmod=0644 <<'EOF' /etc/x.toml")).toEqual(["EOF"]);
  });
  it("<<EOF sh on a full line is the opener <<EOF followed by an argument", () => {
    expect(heredocsFromLine("RUN <<EOF sh").heredocs).toEqual([{ ...spec("EOF"), start: 4, end: 9 }]);
    expect(names("RUN <<COMPLEX python3")).toEqual(["COMPLEX"]);
  });
  it("keeps whitespace after << in the opener word", () => {
    expect(heredocsFromLine("RUN <<  EOF").heredocs).toEqual([{ ...spec("EOF"), start: 4, end: 11 }]);
    expect(names("RUN <<  EOF  > foo")).toEqual(["EOF"]);
    expect(names("RUN << -EOF")).toEqual(["-EOF"]);
    expect(names("RUN cat <<\t'EOF' > f")).toEqual(["EOF"]);
  });
  it("<<- followed by whitespace is two words on a full line, so not an opener (as in BuildKit)", () => {
    expect(names("RUN <<- EOF")).toEqual([]);
    expect(names("RUN cat <<- EOF > /hello.txt")).toEqual([]);
  });
  it("reports quoting, chomp and fd", () => {
    expect(heredocsFromLine("RUN 3<<-'X' <<\"Y\" <<Z").heredocs.map(({ start, end, ...h }) => h)).toEqual([
      spec("X", false, true, 3),
      spec("Y", false),
      spec("Z"),
    ]);
    expect(heredocsFromLine("RUN <<eo\\'f").heredocs[0]).toMatchObject(spec("eo'f"));
    expect(heredocsFromLine("RUN <<'e'o\\'f").heredocs[0]).toMatchObject(spec("eo'f", false));
    expect(heredocsFromLine("RUN <<'one two'").heredocs[0]).toMatchObject(spec("one two", false));
    expect(heredocsFromLine("RUN <<$EOF").heredocs[0]).toMatchObject(spec("$EOF"));
  });
  it("quoted or non-<< words are not openers", () => {
    expect(names("RUN '<<EOF'")).toEqual([]);
    expect(names('RUN "<<EOF"')).toEqual([]);
    expect(names("RUN <<")).toEqual([]);
    expect(names("RUN <<-")).toEqual([]);
    expect(names("RUN <EOF")).toEqual([]);
    expect(names("RUN <<<EOF")).toEqual([]);
    expect(names("RUN \\<<EOF")).toEqual([]);
    expect(names("RUN echo hi")).toEqual([]);
  });
  it("a lexing error anywhere on the line silently disables detection", () => {
    expect(heredocsFromLine("RUN <<'EOF")).toEqual({ heredocs: [] });
    expect(heredocsFromLine("RUN <<EOF cat # don't")).toEqual({ heredocs: [] });
  });
  it("an opener that only fails when lexed on its own is an error", () => {
    const r = heredocsFromLine("RUN <<${X:-a b}");
    expect(r.heredocs).toEqual([]);
    expect(r.error).toContain("missing '}'");
  });
  it("gives the source span of each opener word", () => {
    const line = "COPY  3<<-'A B'  x <<C\\ D /d";
    const found = heredocsFromLine(line).heredocs;
    expect(found.map((h) => line.slice(h.start, h.end))).toEqual(["3<<-'A B'", "<<C\\ D"]);
    expect(found.map((h) => h.name)).toEqual(["A B", "C D"]);
  });
  it("never throws", () => {
    const text = fc
      .array(fc.constantFrom("<", "<<", "-", " ", "'", '"', "\\", "$", "{", "}", "E", "3", "\t"), {
        maxLength: 30,
      })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const r = heredocsFromLine(`RUN ${t}`);
        expect(Array.isArray(r.heredocs)).toBe(true);
        for (const h of r.heredocs) {
          expect(h.name).not.toBe("");
          expect(h.start).toBeLessThan(h.end!);
        }
        const p = parseHeredoc(t);
        if (p !== null && !("error" in p)) expect(p.name).not.toBe("");
      }),
      { numRuns: 2000 },
    );
  });
});
