import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeShell } from "./analyze.js";
import { commandModels } from "./commands/index.js";
import type { Range, ShellAnalysis, ShellSource } from "./types.js";

const TOKENS = [
  "apt-get",
  "install",
  "-y",
  "--no-install-recommends",
  "curl=7.*",
  "sudo",
  "env",
  "A=1",
  "sh",
  "bash",
  "-c",
  "-ec",
  "'",
  '"',
  "\\",
  "\\\n",
  "\n",
  "$",
  "$(",
  "`",
  ")",
  "(",
  "{",
  "}",
  "[",
  "]",
  "[[",
  "]]",
  "&&",
  "||",
  "|",
  "|&",
  ";",
  ";;",
  "&",
  "!",
  ">",
  ">>",
  "2>&1",
  "<",
  "<<EOF",
  "<<-'EOF'",
  "EOF",
  "<<<",
  "<(",
  "if",
  "then",
  "elif",
  "else",
  "fi",
  "while",
  "do",
  "done",
  "case",
  "in",
  "esac",
  "for",
  "((",
  "))",
  "set",
  "-eux",
  "-o",
  "pipefail",
  "curl",
  "-fsSL",
  "https://x/y?z",
  "wget",
  "-qO-",
  "rm",
  "-rf",
  "/var/lib/apt/lists/*",
  "~/.cache/pip",
  "chmod",
  "777",
  "useradd",
  "-u",
  "1000",
  "pip",
  "--no-cache-dir",
  "npm",
  "ci",
  "é",
  "😀",
  "#",
  "export",
  "${X:-y}",
  "=",
  "*",
  "?",
  "~",
];

const soup = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(" ", "", " ", "\t", "\n")), { maxLength: 40 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(""));

const text = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 200 }), soup);

/** A strictly increasing map with gaps (removed continuations) and an offset. */
const source = fc
  .tuple(text, fc.nat(1000), fc.array(fc.nat(3), { maxLength: 300 }))
  .map(([t, base, gaps]): ShellSource => {
    const offsets: number[] = [];
    let at = base;
    for (let i = 0; i <= t.length; i++) {
      offsets.push(at);
      at += 1 + (gaps[i % Math.max(1, gaps.length)] ?? 0);
    }
    return { text: t, toSource: (i) => offsets[Math.max(0, Math.min(i, t.length))]! };
  });

function ranges(a: ShellAnalysis): Range[] {
  const out: Range[] = a.operators.map((o) => o.range);
  for (const c of a.commands) {
    out.push(c.range, ...c.argv.map((w) => w.range));
    for (const x of c.assignments) out.push(x.range, x.value.range);
    for (const r of c.redirects) {
      out.push(r.range);
      if (r.target) out.push(r.target.range);
    }
  }
  return out;
}

describe("analyzeShell properties", () => {
  it("never throws, and every range lies within [toSource(0), toSource(len)]", () => {
    fc.assert(
      fc.property(source, (src) => {
        const a = analyzeShell(src);
        const lo = src.toSource(0);
        const hi = src.toSource(src.text.length);
        for (const r of ranges(a)) {
          expect(r.start).toBeGreaterThanOrEqual(lo);
          expect(r.end).toBeLessThanOrEqual(hi);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
        for (const c of a.commands) {
          expect(a.pipelines[c.pipeline]).toContain(a.commands.indexOf(c));
          if (c.parent !== null) expect(c.parent).toBeLessThan(a.commands.indexOf(c));
        }
        commandModels(a);
      }),
      { numRuns: 400 },
    );
  });

  it("with the identity map, a top-level word's range is its raw text", () => {
    fc.assert(
      fc.property(soup, (t) => {
        const a = analyzeShell({ text: t, toSource: (i) => i });
        for (const c of a.commands) {
          if (c.inShellScript) continue;
          for (const w of c.argv) expect(t.slice(w.range.start, w.range.end)).toBe(w.raw);
        }
      }),
      { numRuns: 300 },
    );
  });
});
