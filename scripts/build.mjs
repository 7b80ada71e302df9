// Bundles the library entry and the CLI with esbuild and emits type declarations with tsc.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
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
  entryPoints: {
    index: "src/index.ts",
    cli: "src/cli/bin.ts",
    "shell-wasm": "src/cli/shell-wasm.ts",
    // loaded by `shipshape lint` as new Worker(new URL("./lint-worker.js", import.meta.url))
    "lint-worker": "src/cli/lint-worker.ts",
  },
  outdir: "dist",
  splitting: true,
  packages: "external",
});
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
