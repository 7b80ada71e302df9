// Bundles the library entry and the CLI with esbuild, emits type declarations with tsc, and
// regenerates docs/rules from the rules' metadata and .md bodies.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
const common = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: { index: "src/index.ts", cli: "src/cli/bin.ts", "shell-wasm": "src/cli/shell-wasm.ts" },
  outdir: "dist",
  splitting: true,
  packages: "external",
});
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});

const { rules, renderRuleDoc, renderRuleIndex } = await import("../dist/index.js");
rmSync("docs/rules", { recursive: true, force: true });
mkdirSync("docs/rules", { recursive: true });
for (const rule of rules) {
  const body = readFileSync(`src/core/rules/${rule.meta.name}/${rule.meta.name}.md`, "utf8");
  writeFileSync(`docs/rules/${rule.meta.name}.md`, renderRuleDoc(rule, body));
}
writeFileSync("docs/rules/README.md", renderRuleIndex(rules));
