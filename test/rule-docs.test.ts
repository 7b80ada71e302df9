import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRuleDoc, renderRuleIndex } from "../src/core/rules/doc-page.js";
import { rules } from "../src/core/rules/index.js";
import { repoRoot } from "./support/shared.js";

const SECTIONS = ["## Why", "## Examples", "## Fix safety", "## When not to use it", "## References"];

describe("rule docs", () => {
  it("every rule folder is registered, once", () => {
    const folders = readdirSync(path.join(repoRoot, "src/core/rules"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const names = rules.map((r) => r.meta.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(folders);
  });

  for (const rule of rules) {
    it(`${rule.meta.name}: doc page has the fixed sections and is up to date`, () => {
      const body = readFileSync(
        path.join(repoRoot, "src/core/rules", rule.meta.name, `${rule.meta.name}.md`),
        "utf8",
      );
      let last = -1;
      for (const section of SECTIONS) {
        const at = body.indexOf(section);
        expect(at, `missing or misplaced "${section}"`).toBeGreaterThan(last);
        last = at;
      }
      const generated = path.join(repoRoot, "docs/rules", `${rule.meta.name}.md`);
      expect(existsSync(generated), "run npm run docs").toBe(true);
      expect(readFileSync(generated, "utf8")).toBe(renderRuleDoc(rule, body));
    });
  }

  it("index is up to date", () => {
    expect(readFileSync(path.join(repoRoot, "docs/rules/README.md"), "utf8")).toBe(renderRuleIndex(rules));
  });

  it("aliases are unique across rules", () => {
    const seen = new Map<string, string>();
    for (const r of rules) {
      for (const s of r.meta.sources) {
        const key = s.id.toLowerCase();
        expect(seen.get(key), `${s.id} on ${r.meta.name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, r.meta.name);
      }
    }
  });
});
