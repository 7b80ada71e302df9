/** Rule documentation pages: a header generated from the rule's metadata, then the rule's own `.md` body. */
import type { Rule } from "../lint/rule.js";

const TOOL_NAMES: Record<string, string> = {
  hadolint: "hadolint",
  buildkit: "Docker Build Checks",
  trivy: "Trivy",
  checkov: "Checkov",
  shipshape: "shipshape",
};

export function renderRuleDoc(rule: Rule, body: string): string {
  const m = rule.meta;
  const presets = m.experimental
    ? "experimental (enable with `# check=experimental=...`)"
    : ["all", ...m.presets].join(", ");
  const fix = m.fix
    ? `${m.fix.availability === "always" ? "always" : "sometimes"} (${m.fix.safety})`
    : "none";
  const aliases = m.sources.length
    ? m.sources.map((s) => `\`${s.id}\` (${TOOL_NAMES[s.tool]})`).join(", ")
    : "none";
  return `<!-- generated from src/core/rules/${m.name}/: edit the rule's metadata or its .md, then npm run build -->
# ${m.name}

${m.description}

| | |
|---|---|
| category | ${m.category} |
| default severity | ${m.severity} |
| aliases | ${aliases} |
| presets | ${presets} |
| fix | ${fix} |

${body.trim()}
`;
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  const rows = [...rules]
    .sort((a, b) => a.meta.name.localeCompare(b.meta.name))
    .map(
      (r) =>
        `| [${r.meta.name}](${r.meta.name}.md) | ${r.meta.category} | ${r.meta.severity} | ${r.meta.sources.map((s) => s.id).join(", ")} | ${r.meta.fix ? r.meta.fix.safety : ""} | ${r.meta.description.replace(/\|/g, "\\|")} |`,
    );
  return `<!-- generated: npm run build -->
# Rules

${rules.length} rules. Aliases work everywhere a rule name does (config, \`# shipshape ignore=\`, \`# hadolint ignore=\`, \`# check=skip=\`).

| rule | category | severity | aliases | fix | description |
|---|---|---|---|---|---|
${rows.join("\n")}
`;
}
