/** `shipshape rules [NAME]`: the rule list, or one rule's documentation. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ruleIndex } from "../../core/lint/config.js";
import type { Rule } from "../../core/lint/rule.js";
import { rules } from "../../core/rules/index.js";
import { UsageError } from "../files.js";
import type { Io } from "../io.js";

export interface RulesFlags {
  category?: string;
  source?: string;
  fixable?: boolean;
  json?: boolean;
}

const packageRoot = path.dirname(createRequire(import.meta.url).resolve("shipshape/package.json"));

export function ruleDoc(rule: Rule): string {
  try {
    return readFileSync(path.join(packageRoot, "docs/rules", `${rule.meta.name}.md`), "utf8");
  } catch {
    return `# ${rule.meta.name}\n\n${rule.meta.description}\n`;
  }
}

export async function rulesCommand(name: string | undefined, flags: RulesFlags, io: Io): Promise<number> {
  if (name) {
    const rule = ruleIndex(rules).get(name.toLowerCase());
    if (!rule) throw new UsageError(`unknown rule "${name}"; run \`shipshape rules\` for the list`);
    io.out(ruleDoc(rule).trimEnd());
    return 0;
  }
  const list = rules.filter(
    (r) =>
      (!flags.category || r.meta.category === flags.category) &&
      (!flags.source ||
        r.meta.sources.some((s) => s.tool === flags.source) ||
        (flags.source === "shipshape" && r.meta.sources.length === 0)) &&
      (!flags.fixable || r.meta.fix !== undefined),
  );
  if (flags.json) {
    io.out(
      JSON.stringify(
        list.map((r) => r.meta),
        null,
        2,
      ),
    );
    return 0;
  }
  const width = Math.max(...list.map((r) => r.meta.name.length), 4);
  for (const r of [...list].sort((a, b) => a.meta.name.localeCompare(b.meta.name))) {
    const aliases = r.meta.sources.map((s) => s.id).join(", ");
    const fix = r.meta.fix ? ` [fix: ${r.meta.fix.safety}]` : "";
    io.out(
      `${r.meta.name.padEnd(width)}  ${r.meta.severity.padEnd(7)} ${r.meta.category.padEnd(15)} ${r.meta.description}${fix}${aliases ? `  (${aliases})` : ""}`,
    );
  }
  io.out(`\n${list.length} rules. \`shipshape rules NAME\` shows one (names or aliases such as DL3008).`);
  return 0;
}
