/**
 * BuildKit shell-lexer fixtures (README section 5): envVarTest drives ProcessWord, wordsTest drives
 * ProcessWords (normal mode only). One test per case line.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { processWord, processWords } from "../src/core/lex/word-lexer.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sharedRoot = process.env.SHIPSHAPE_SHARED ?? path.resolve(repoRoot, "../shared");
const fixtureDir = path.join(sharedRoot, "conformance/buildkit-shell");

/** Go's bufio.Scanner lines: split on \n, drop one trailing \r, no empty token after a final newline. */
function scanLines(file: string): string[] {
  const text = new TextDecoder("utf-8").decode(readFileSync(file));
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

/** Go's strings.TrimSpace (unicode.IsSpace; unlike JS trim, not U+FEFF but U+0085). */
function goTrim(s: string): string {
  const space = (c: number) =>
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000;
  let a = 0;
  let b = s.length;
  while (a < b && space(s.charCodeAt(a))) a++;
  while (b > a && space(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function requireFixture(name: string): string | null {
  const file = path.join(fixtureDir, name);
  return existsSync(file) ? file : null;
}

describe("BuildKit shell fixtures: envVarTest (ProcessWord)", () => {
  const file = requireFixture("envVarTest");
  if (!file) {
    it("fixture file exists", () => {
      throw new Error(`missing fixture ${path.join(fixtureDir, "envVarTest")} (set SHIPSHAPE_SHARED)`);
    });
    return;
  }
  const env: Record<string, string> = { PWD: "/home", SHELL: "bash", KOREAN: "한국어", NULL: "" };
  const lookup = (name: string) => (Object.hasOwn(env, name) ? env[name] : undefined);
  let run = 0;
  scanLines(file).forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.startsWith("#")) return;
    const line = goTrim(raw);
    if (line === "") return;
    const fields = line.split("|");
    if (fields.length !== 3) {
      it(`line ${lineNo}: malformed case line`, () => expect(fields).toHaveLength(3));
      return;
    }
    const [platform, source, expected] = fields.map(goTrim) as [string, string, string];
    const title = `line ${lineNo}: ${platform}|${source} → ${expected === "" ? '""' : expected}`;
    if (platform === "W") {
      it.skip(`${title} (Windows only)`, () => {});
      return;
    }
    if (platform !== "A" && platform !== "U") {
      it(`line ${lineNo}: invalid platform tag`, () => expect(["A", "U", "W"]).toContain(platform));
      return;
    }
    run++;
    it(title, () => {
      const r = processWord(source, lookup);
      if (expected === "error") {
        expect(r.ok, `expected an error, got ${JSON.stringify(r.value)}`).toBe(false);
        expect(r.error).toBeTruthy();
      } else {
        expect(r.error).toBeUndefined();
        expect(r.ok).toBe(true);
        expect(r.value).toBe(expected);
      }
    });
  });
  it("runs the 228 A and U case lines", () => expect(run).toBe(228));
});

describe("BuildKit shell fixtures: wordsTest (ProcessWords, normal mode)", () => {
  const file = requireFixture("wordsTest");
  if (!file) {
    it("fixture file exists", () => {
      throw new Error(`missing fixture ${path.join(fixtureDir, "wordsTest")} (set SHIPSHAPE_SHARED)`);
    });
    return;
  }
  const env = new Map<string, string>();
  let run = 0;
  scanLines(file).forEach((line, index) => {
    const lineNo = index + 1;
    if (line.startsWith("#")) return;
    if (line.startsWith("ENV ")) {
      // BuildEnvs: split at the first "=", later definitions win; the value keeps trailing spaces
      const def = line.slice(3).replace(/^ +/, "");
      const eq = def.indexOf("=");
      if (eq < 0) env.set(def, "");
      else env.set(def.slice(0, eq), def.slice(eq + 1));
      return;
    }
    const fields = line.split("|");
    if (fields.length !== 2) {
      it(`line ${lineNo}: malformed case line (exactly one | expected)`, () =>
        expect(fields).toHaveLength(2));
      return;
    }
    const source = goTrim(fields[0]!);
    const expected = fields[1]!.replace(/^ +/, "").split(",");
    const snapshot = new Map(env);
    const lookup = (name: string) => snapshot.get(name);
    run++;
    it(`line ${lineNo}: ${source} → ${JSON.stringify(expected)}`, () => {
      const r = processWords(source, lookup);
      const words = r.ok ? r.words : ["error"];
      expect(words).toEqual(expected);
    });
  });
  it("runs the 24 case lines", () => expect(run).toBe(24));
});
