// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell variable syntax like "${VAR}", not templates
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EnvLookup, type LexOptions, processWord, processWords } from "./word-lexer.js";

const envOf =
  (vars: Record<string, string | null>): EnvLookup =>
  (name) =>
    Object.hasOwn(vars, name) ? vars[name] : undefined;

const word = (text: string, vars: Record<string, string | null> = {}, options?: LexOptions) =>
  processWord(text, envOf(vars), options);
const words = (text: string, vars: Record<string, string | null> = {}, options?: LexOptions) =>
  processWords(text, envOf(vars), options);

describe("references", () => {
  it("lists referenced names in source order, once each", () => {
    expect(word("$A ${B:-$C} $A ${D#$E} ${F/$G/$H}").references).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
    ]);
  });
  it("includes names whose expansion is skipped", () => {
    expect(word("${A:-$B}", { A: "x" }).references).toEqual(["A", "B"]);
  });
  it("includes positional and special parameters, not a bare $", () => {
    expect(word("$1 ${@} $ $. $$").references).toEqual(["1", "@", "$"]);
  });
  it("keeps the names seen before an error", () => {
    const r = word("$A ${B");
    expect(r.ok).toBe(false);
    expect(r.references).toEqual(["A", "B"]);
  });
});

describe("unknown values (lookup returns null)", () => {
  it("a direct reference is unknown and expands to empty", () => {
    expect(word("a${X}b", { X: null })).toMatchObject({ ok: true, value: "ab", unknown: true });
    expect(word("a$X", { X: null })).toMatchObject({ ok: true, value: "a", unknown: true });
  });
  it("is not set by known or unset variables", () => {
    expect(word("$A$B", { A: "a" })).toMatchObject({ value: "a", unknown: false });
  });
  it("only counts when it influences the result", () => {
    expect(word("${A:-$X}", { A: "a", X: null })).toMatchObject({ value: "a", unknown: false });
    expect(word("${A:-$X}", { X: null })).toMatchObject({ value: "", unknown: true });
    expect(word("${A:+$X}", { X: null })).toMatchObject({ value: "", unknown: false });
    expect(word("${A:+$X}", { A: "a", X: null })).toMatchObject({ value: "", unknown: true });
    expect(word("${A:?$X}", { A: "a", X: null })).toMatchObject({ value: "a", unknown: false });
  });
  it("an unknown variable with a default is unknown (taken as set and empty)", () => {
    expect(word("${X:-d}", { X: null })).toMatchObject({ value: "d", unknown: true });
    expect(word("${X-d}", { X: null })).toMatchObject({ value: "", unknown: true });
    expect(word("${X:+d}", { X: null })).toMatchObject({ value: "", unknown: true });
    expect(word("${X+d}", { X: null })).toMatchObject({ value: "d", unknown: true });
  });
  it("never reports a ${X?} / ${X:?} error that depends on an unknown value", () => {
    expect(word("${X:?must be set}", { X: null })).toMatchObject({ ok: true, value: "", unknown: true });
    expect(word("${X?}", { X: null })).toMatchObject({ ok: true, unknown: true });
    expect(word("${X?}").ok).toBe(false);
  });
  it("patterns and substitutions with unknown parts are unknown", () => {
    expect(word("${X#a}", { X: null }).unknown).toBe(true);
    expect(word("${A#$X}", { A: "abc", X: null }).unknown).toBe(true);
    expect(word("${A/b/$X}", { A: "abc", X: null })).toMatchObject({ value: "ac", unknown: true });
  });
  it("with skipUnsetEnv an unknown variable counts as declared: expanded, not kept", () => {
    expect(word("$X/${Y}", { X: null }, { skipUnsetEnv: true })).toMatchObject({
      value: "/${Y}",
      unknown: true,
    });
  });
  it("applies to words too", () => {
    expect(words("a $X b", { X: null })).toMatchObject({ words: ["a", "b"], unknown: true });
  });
});

describe("options", () => {
  it("rawQuotes keeps quote characters", () => {
    expect(word(`a'b c'"d $A"`, { A: "x" }, { rawQuotes: true }).value).toBe(`a'b c'"d x"`);
    expect(words(`a'b c'"d" e`, {}, { rawQuotes: true }).words).toEqual([`a'b c'"d"`, "e"]);
    expect(word(`''`, {}, { rawQuotes: true }).value).toBe("''");
  });
  it("rawEscapes keeps escape characters", () => {
    expect(word("a\\ b\\$c", {}, { rawEscapes: true }).value).toBe("a\\ b\\$c");
    expect(words("a\\ b c", {}, { rawEscapes: true }).words).toEqual(["a\\ b", "c"]);
    expect(word("ab\\", {}, { rawEscapes: true }).value).toBe("ab\\");
    // inside double quotes a backslash before an ordinary character is written twice (BuildKit quirk)
    expect(word('"a\\"b\\x"', {}, { rawEscapes: true }).value).toBe('a\\"b\\\\x');
    // words of ${v:-w} are processed without raw escapes; #/% and / patterns keep them
    expect(word("${X:-a\\b}", {}, { rawEscapes: true }).value).toBe("ab");
  });
  it("skipUnsetEnv leaves unset variables as written", () => {
    const r = word("$A ${B} ${C:-x} ${D#p} ${E/a/b} ${F//a/b} $K", { K: "k" }, { skipUnsetEnv: true });
    // BuildKit rebuilds ${F//a/b} with a single slash
    expect(r.value).toBe("$A ${B} ${C:-x} ${D#p} ${E/a/b} ${F/a/b} k");
    expect(word("${A:-$B}", {}, { skipUnsetEnv: true }).value).toBe("${A:-$B}");
    expect(word("${A:-'q'}", {}, { skipUnsetEnv: true }).value).toBe("${A:-q}");
    expect(word("${A:-'q'}", {}, { skipUnsetEnv: true, rawQuotes: true }).value).toBe("${A:-'q'}");
    // an unsupported operator on an unset variable is returned as written, not reported
    expect(word("${A:=x}", {}, { skipUnsetEnv: true })).toMatchObject({ ok: true, value: "${A:=x}" });
    expect(word("${A:=x}", { A: "" }, { skipUnsetEnv: true }).ok).toBe(false);
  });
  it("skipUnsetEnv words split on whitespace inside a kept expansion", () => {
    expect(words("${A:-a b}", {}, { skipUnsetEnv: true }).words).toEqual(["${A:-a", "b}"]);
  });
  it("backtick escape token", () => {
    const o: LexOptions = { escape: "`" };
    expect(word("a`$b", {}, o).value).toBe("a$b");
    expect(word("C:\\dir\\$X", { X: "x" }, o).value).toBe("C:\\dir\\x");
    expect(word('"a`"b``c`d"', {}, o).value).toBe('a"b`c`d');
    expect(words("a` b c", {}, o).words).toEqual(["a b", "c"]);
    expect(word("ab`", {}, o).value).toBe("ab");
    expect(word("a`b", {}, { ...o, rawEscapes: true }).value).toBe("a`b");
    // glob pattern escapes are always backslashes
    expect(word("${A#\\*}", { A: "*x" }, o).value).toBe("x");
  });
  it("the default escape is a backslash and backticks are literal", () => {
    expect(word("a`b\\c").value).toBe("a`bc");
  });
});

describe("expansion details", () => {
  it("${v-w}, ${v+w} (no colon) distinguish empty from unset", () => {
    const vars = { FOO: "xxx", BAR: "" };
    expect(word("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", vars).value).toBe("xxx  ccc");
    expect(word("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", vars).value).toBe("xxx bbb ccc");
    expect(word("${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", vars).value).toBe("aaa bbb ");
    expect(word("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", vars).value).toBe("aaa  ");
    expect(word("${FOO:-}", vars).value).toBe("xxx");
  });
  it("${v?msg} and ${v:?msg}", () => {
    const set = { VAR: "plain", ARG: "x" };
    const empty = { VAR: "", ARG: "x" };
    const unset = { ARG: "x" };
    expect(word("${VAR:?message here$ARG}", set).value).toBe("plain");
    expect(word("${VAR:?message here$ARG}", empty).error).toContain("VAR: message herex");
    expect(word("${VAR:?message here$ARG}", unset).error).toContain("VAR: message herex");
    expect(word("${VAR?message here$ARG}", set).value).toBe("plain");
    expect(word("${VAR?message here$ARG}", empty)).toMatchObject({ ok: true, value: "" });
    expect(word("${VAR?message here$ARG}", unset).error).toContain("VAR: message herex");
    expect(word("${VAR?}", unset).error).toContain("VAR: is not allowed to be unset");
    expect(word("${VAR:?}", empty).error).toContain("VAR: is not allowed to be empty");
  });
  it("unsupported operators are errors", () => {
    for (const t of [
      "${FOO=aaa}",
      "${FOO=:aaa}",
      "${FOO=}",
      "${FOO:=x}",
      "${FOO:#x}",
      "${FOO:%x}",
      "${FOO!}",
      "${FOO:x}",
    ]) {
      expect(word(t, { FOO: "xxx" }).ok, t).toBe(false);
    }
  });
  it("error messages look like BuildKit's", () => {
    expect(word("${}").error).toBe('failed to process "${}": syntax error: bad substitution');
    expect(word("a${b").error).toBe(`failed to process "a\${b": syntax error: missing '}'`);
    expect(word("'a").error).toBe(
      `failed to process "'a": unexpected end of statement while looking for matching single-quote`,
    );
    expect(word('"a').error).toBe(
      `failed to process "\\"a": unexpected end of statement while looking for matching double-quote`,
    );
    expect(word("${a:=b}").error).toBe(
      `failed to process "\${a:=b}": unsupported modifier (:=) in substitution`,
    );
    expect(word("${a/b").error).toContain("syntax error: missing '/' in ${}");
  });
  it("a missing } inside a nested word is reported as a missing }", () => {
    expect(word("${a:-'b").error).toContain("syntax error: missing '}'");
  });
  it("names: letters (Unicode too), digits and _, a leading digit reads digits only", () => {
    expect(word("$안녕x $_a1 $1a $٣x", { 안녕x: "K", _a1: "U" }).value).toBe("K U a x");
    expect(word("${안녕}", { 안녕: "v" }).value).toBe("v");
  });
  it("a stray } after a complete expansion is literal", () => {
    expect(word("${aaa}}").value).toBe("}");
  });
  it("a byte-order mark at the very start is dropped (Go text/scanner), elsewhere kept", () => {
    expect(word("\uFEFFab").value).toBe("ab");
    expect(word("a\uFEFFb").value).toBe("a\uFEFFb");
  });
  it("astral characters pass through escapes and names", () => {
    expect(word("\\😀a'😀'").value).toBe("😀a😀");
    expect(word("${A#?}", { A: "😀b" }).value).toBe("b");
    expect(word("${A%?}", { A: "b😀" }).value).toBe("b");
  });
  it("is the moby/buildkit release file name example", () => {
    const t = "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz";
    const base = { VERSION: "v1.2.3", TARGETOS: "linux" };
    expect(word(t, { ...base, TARGETARCH: "arm", TARGETVARIANT: "v7" }).value).toBe(
      "something-v1.2.3.linux-arm-v7.tar.gz",
    );
    expect(word(t, { ...base, TARGETARCH: "arm64", TARGETVARIANT: "" }).value).toBe(
      "something-v1.2.3.linux-arm64.tar.gz",
    );
    expect(word(t, { ...base, TARGETARCH: "arm64" }).value).toBe("something-v1.2.3.linux-arm64.tar.gz");
  });
});

describe("word splitting", () => {
  it("splits on unquoted whitespace, including whitespace from unquoted expansions", () => {
    expect(words("  a  b\t", {}).words).toEqual(["a", "b"]);
    expect(words('x$V"$V"', { V: " 1 2 " }).words).toEqual(["x", "1", "2", " 1 2 "]);
    expect(words("''").words).toEqual([]);
    expect(words("'' a").words).toEqual(["a"]);
  });
  it("uses Go's unicode.IsSpace (U+0085 and U+00A0 split, U+FEFF does not)", () => {
    expect(words("a\u00a0b\u0085c\u3000d x\uFEFFy").words).toEqual(["a", "b", "c", "d", "x\uFEFFy"]);
    expect(words("$V", { V: "a\u2028b" }).words).toEqual(["a", "b"]);
  });
  it("keeps whitespace after an unquoted << in the same word; the value is unchanged", () => {
    const r = words("cat <<  EOF > f <x <<<y a<<\tb");
    expect(r.words).toEqual(["cat", "<<  EOF", ">", "f", "<x", "<<<y", "a<<\tb"]);
    expect(r.value).toBe("cat <<  EOF > f <x <<<y a<<\tb");
    expect(words("<<- EOF").words).toEqual(["<<-", "EOF"]);
    expect(words("\\<< EOF").words).toEqual(["<<", "EOF"]);
  });
});

describe("glob patterns: #, ##, %, %%", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["${FOO#()[]{\\}^$.\\*\\?|\\\\}", { FOO: "()[]{}^$.*?|\\x" }, "x"],
    ["${FOO%%\\**}", { FOO: "xx**" }, "xx"],
    ["${FOO#*x*y}", { FOO: "xxyy" }, "y"],
    ["${FOO#*}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO#$BAR}", { FOO: "xxyy", BAR: "x" }, "xyy"],
    ["${FOO#$BAR}", { FOO: "xxyy", BAR: "" }, "xxyy"],
    ["${FOO#}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO##*x}", { FOO: "xxyy" }, "yy"],
    ["${FOO##}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO#?\\?}", { FOO: "???y" }, "?y"],
    ["${ABC:-.}${FOO%x}${ABC:-.}", { FOO: "xxyy" }, ".xxyy."],
    ["${FOO%%\\**\\*}", { FOO: "a***yy*" }, "a"],
    ["${FOO%}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO%%$BAR}", { FOO: "xxyy", BAR: "" }, "xxyy"],
    ["${F%.*}", { F: "file.tar.gz" }, "file.tar"],
    ["${F%%.*}", { F: "file.tar.gz" }, "file"],
    ["${F#*.}", { F: "file.tar.gz" }, "tar.gz"],
    ["${F##*.}", { F: "file.tar.gz" }, "gz"],
    ["${F##*/}", { F: "/usr/local/bin/tool" }, "tool"],
    ["${F%/*}", { F: "/usr/local/bin/tool" }, "/usr/local/bin"],
    ["${F#v}", { F: "v1.2.3" }, "1.2.3"],
    // Go's "." does not match a newline, so * and ? stop at one
    ["${F##*}", { F: "ab\ncd" }, "\ncd"],
    ["${F%%*}", { F: "ab\ncd" }, "ab\n"],
    // quotes are removed before the pattern is read: a quoted * is still a wildcard (BuildKit quirk)
    ["${F#'*'}", { F: "*x" }, "*x"],
    ["${F#'\\*'}", { F: "*x" }, "x"],
  ];
  for (const [text, vars, expected] of cases) {
    it(`${text} with ${JSON.stringify(vars)} → ${JSON.stringify(expected)}`, () => {
      const r = word(text, vars);
      expect(r.error).toBeUndefined();
      expect(r.value).toBe(expected);
    });
  }
  it("an invalid escape in a pattern is an error", () => {
    expect(word("${F#\\x}", { F: "x" }).error).toContain(
      "invalid pattern (\\x) in substitution: invalid escape '\\x'",
    );
    expect(word("${F#$P}", { F: "x", P: "\\" }).ok).toBe(false);
  });
});

describe("substitution: / and //", () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      "${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}",
      { FOO: "/foo*/*/*.txt", NEEDLE: "\\*/" },
      "/foo.*/*.txt - /foo..*.txt",
    ],
    [
      "${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}",
      { FOO: "/tmp/tmp/bar.txt", NEEDLE: "/tmp" },
      "/tmp/bar.txt - /bar.txt",
    ],
    [
      "${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}",
      { FOO: "/a/foo/b/c.txt", NEEDLE: "/?/", REPLACEMENT: "/" },
      "/foo/b/c.txt - /foo/c.txt",
    ],
    [
      "${FOO/$NEEDLE/$REPLACEMENT}",
      { FOO: "http://google.de", NEEDLE: "http://", REPLACEMENT: "https://" },
      "https://google.de",
    ],
    ["${FOO//\\//\\/}", { FOO: "/tmp/foo.txt" }, "\\/tmp\\/foo.txt"],
    ["${FOO/$BAR/ww}", { FOO: "xxyy", BAR: "" }, "wwxxyy"],
    ["${FOO///}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO///}", {}, ""],
    ["${A//amd64/x64}", { A: "linux-amd64-amd64" }, "linux-x64-x64"],
    ["${A//$E/-}", { A: "ab", E: "" }, "-a-b-"],
    ["${A//*/-}", { A: "ab" }, "-"],
    ["${A//b*/-}", { A: "abcabc" }, "a-"],
    ["${A//?/-}", { A: "a😀" }, "--"],
    // only // goes through Go's template expansion: $0 is the match
    ["${A//b/$R}", { A: "abcb", R: "<$0>" }, "a<b>c<b>"],
    ["${A/b/$R}", { A: "abc", R: "<$0>" }, "a<$0>c"],
    ["${A//b/$R}", { A: "abc", R: "$$|$1|${0}|$x|${" }, "a$||b||${c"],
  ];
  for (const [text, vars, expected] of cases) {
    it(`${text} with ${JSON.stringify(vars)} → ${JSON.stringify(expected)}`, () => {
      const r = word(text, vars);
      expect(r.error).toBeUndefined();
      expect(r.value).toBe(expected);
    });
  }
  it("malformed substitutions are errors", () => {
    expect(word("${FOO//ww}", { FOO: "xxyy" }).ok).toBe(false);
    expect(word("${FOO//}", { FOO: "xxyy" }).ok).toBe(false);
    expect(word("${FOO/a}", { FOO: "a" }).ok).toBe(false);
  });
});

describe("robustness and performance", () => {
  it("deep nesting is an error, not a crash", () => {
    const deep = `${"${a:-".repeat(100_000)}x${"}".repeat(100_000)}`;
    const r = word(deep);
    expect(r.ok).toBe(false);
    expect(r.error).toContain("nested too deeply");
    const ok = `${"${a:-".repeat(100)}x${"}".repeat(100)}`;
    expect(word(ok).value).toBe("x");
  });
  it("is linear on large inputs", () => {
    const big = "ab $X 'q q' \"$X\" \\  ".repeat(50_000);
    const t0 = performance.now();
    const r = words(big, { X: "1 2" });
    expect(r.words.length).toBe(300_000);
    // patterns that would backtrack badly in a regex engine
    const value = "a".repeat(20_000);
    const stars = "*a".repeat(30);
    expect(word(`\${V#${stars}b}`, { V: value }).value).toBe(value);
    expect(word(`\${V%%${stars}b}`, { V: value }).value).toBe(value);
    expect(word(`\${V//${stars}b/x}`, { V: value.slice(0, 2000) }).value).toBe(value.slice(0, 2000));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

// --- property tests --------------------------------------------------------------------------------------------

const alphabet = fc.constantFrom(
  "$",
  "{",
  "}",
  ":",
  "-",
  "+",
  "?",
  "#",
  "%",
  "/",
  "\\",
  "`",
  "'",
  '"',
  "<",
  " ",
  "\t",
  "\n",
  "a",
  "B",
  "_",
  "1",
  "@",
  "*",
  "=",
  "é",
  "😀",
  "\u00a0",
  "\uFEFF",
  "\uD800",
);
const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(""));
const options: fc.Arbitrary<LexOptions> = fc.record(
  {
    escape: fc.constantFrom<"\\" | "`">("\\", "`"),
    rawQuotes: fc.boolean(),
    rawEscapes: fc.boolean(),
    skipUnsetEnv: fc.boolean(),
  },
  { requiredKeys: [] },
);
const vars = fc.dictionary(fc.constantFrom("a", "B", "_", "1", "@", "aB"), fc.option(text, { nil: null }), {
  maxKeys: 4,
});

function wellFormed(r: ReturnType<typeof processWord>): void {
  expect(typeof r.ok).toBe("boolean");
  expect(typeof r.value).toBe("string");
  expect(typeof r.unknown).toBe("boolean");
  expect(new Set(r.references).size).toBe(r.references.length);
  for (const n of r.references) expect(n).not.toBe("");
  for (const w of r.words) expect(w).not.toBe("");
  if (r.ok) expect(r.error).toBeUndefined();
  else {
    expect(r.error).toMatch(/^failed to process "/);
    expect(r.value).toBe("");
    expect(r.words).toEqual([]);
  }
}

describe("properties", () => {
  it("never throws and results are well-formed", () => {
    fc.assert(
      fc.property(text, vars, options, (t, v, o) => {
        const env = envOf(v);
        const a = processWord(t, env, o);
        const b = processWords(t, env, o);
        wellFormed(a);
        wellFormed(b);
        expect(b).toEqual(a);
        if (!Object.values(v).includes(null)) expect(a.unknown).toBe(false);
        // a word never contains unquoted, unescaped whitespace from the source when nothing is special
      }),
      { numRuns: 3000 },
    );
  });

  it("text without special characters is returned as is and split on whitespace", () => {
    const plain = fc
      .array(fc.constantFrom("a", "b", " ", "\t", "\u00a0", "é", "😀", "}", ":", "*", "\u2028"), {
        maxLength: 30,
      })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(plain, (t) => {
        const r = processWords(t, () => undefined);
        expect(r.value).toBe(t);
        expect(r.words).toEqual(t.split(/[\s\u0085]+/u).filter((w) => w !== "" && !/^\uFEFF$/.test(w)));
      }),
    );
  });

  it("with no variables, skipUnsetEnv + rawQuotes + rawEscapes keeps unquoted, unescaped plain text", () => {
    const t = fc
      .array(fc.constantFrom("a", "$", "{", "}", "x", " ", "'q'"), { maxLength: 20 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(t, (s) => {
        const r = processWord(s, () => undefined, { skipUnsetEnv: true, rawQuotes: true, rawEscapes: true });
        if (r.ok && !s.includes("${")) expect(r.value).toBe(s);
      }),
    );
  });

  // Oracle: JS regular expressions have the same leftmost-first (Perl) semantics as Go's RE2 for these
  // patterns; "." differs only on \r, U+2028 and U+2029, which the values below avoid.
  function toRegExp(pattern: string, greedy: boolean): string | null {
    let out = "";
    const cps = [...pattern];
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (c === "*") out += greedy ? ".*" : ".*?";
      else if (c === "?") out += ".";
      else if (c === "\\") {
        const n = cps[i + 1];
        if (n === "}" || n === "/") continue;
        if (n !== "*" && n !== "?" && n !== "\\") return null;
        out += `\\${n}`;
        i++;
      } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    }
    return out;
  }
  const pat = fc
    .array(fc.constantFrom("a", "b", "*", "?", "\\", "😀"), { maxLength: 8 })
    .map((a) => a.join(""));
  const val = fc
    .array(fc.constantFrom("a", "b", "\n", "*", "?", "😀"), { maxLength: 12 })
    .map((a) => a.join(""));
  const rev = (s: string) => [...s].reverse().join("");
  const revPattern = (p: string) => {
    const cps = [...p];
    const out = new Array<string>(cps.length);
    const last = cps.length - 1;
    for (let i = 0; i <= last; ) {
      if (cps[i] === "\\" && i !== last) {
        out[last - i - 1] = "\\";
        out[last - i] = cps[i + 1]!;
        i += 2;
      } else {
        out[last - i] = cps[i]!;
        i++;
      }
    }
    return out.join("");
  };

  it("# ## % %% agree with a regular expression oracle", () => {
    fc.assert(
      fc.property(pat, val, fc.constantFrom("#", "##", "%", "%%"), (p, v, op) => {
        const r = processWord(`\${V${op}$P}`, envOf({ V: v, P: p }));
        const greedy = op.length === 2;
        const suffix = op[0] === "%";
        const src = toRegExp(suffix ? revPattern(p) : p, greedy);
        if (src === null) {
          expect(r.ok).toBe(false);
          return;
        }
        const subject = suffix ? rev(v) : v;
        const m = new RegExp(`^${src}`, "u").exec(subject);
        const rest = m ? subject.slice(m[0].length) : subject;
        expect(r.error).toBeUndefined();
        expect(r.value).toBe(suffix ? rev(rest) : rest);
      }),
      { numRuns: 2000 },
    );
  });

  it("/ and // agree with a regular expression oracle (Go ReplaceAll rules)", () => {
    fc.assert(
      fc.property(pat, val, fc.boolean(), (p, v, all) => {
        const r = processWord(all ? "${V//$P/<>}" : "${V/$P/<>}", envOf({ V: v, P: p }));
        const src = toRegExp(p, true);
        if (src === null) {
          expect(r.ok).toBe(false);
          return;
        }
        const re = new RegExp(src, "gu");
        let expected: string;
        if (!all) {
          const m = re.exec(v);
          expected = m ? v.slice(0, m.index) + "<>" + v.slice(m.index + m[0].length) : v;
        } else {
          expected = "";
          let last = 0;
          let pos = 0;
          while (pos <= v.length) {
            re.lastIndex = pos;
            const m = re.exec(v);
            if (!m) break;
            const end = m.index + m[0].length;
            expected += v.slice(last, m.index);
            if (end > last || m.index === 0) expected += "<>";
            last = end;
            const width = pos < v.length ? (v.codePointAt(pos)! > 0xffff ? 2 : 1) : 0;
            if (pos + width > end) pos += width;
            else if (pos + 1 > end) pos++;
            else pos = end;
          }
          expected += v.slice(last);
        }
        expect(r.error).toBeUndefined();
        expect(r.value).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
