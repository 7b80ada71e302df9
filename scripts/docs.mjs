// Regenerates docs/rules from the rules' metadata and .md bodies (run after npm run build).
// test/rule-docs.test.ts fails when the committed pages are stale.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const { rules, renderRuleDoc, renderRuleIndex } = await import("../dist/index.js");
rmSync("docs/rules", { recursive: true, force: true });
mkdirSync("docs/rules", { recursive: true });
for (const rule of rules) {
  const body = readFileSync(`src/core/rules/${rule.meta.name}/${rule.meta.name}.md`, "utf8");
  writeFileSync(`docs/rules/${rule.meta.name}.md`, renderRuleDoc(rule, body));
}
writeFileSync("docs/rules/README.md", renderRuleIndex(rules));
