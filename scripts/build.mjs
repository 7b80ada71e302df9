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
// The library: dependencies stay imports.
await build({
  ...common,
  entryPoints: { index: "src/index.ts" },
  outdir: "dist",
  splitting: true,
  packages: "external",
});
// The CLI and its worker: small pure-JS dependencies (commander, ignore) are bundled in, which
// saves ~30 ms of CommonJS module resolution and loading on every run. yaml (loaded only when a
// config file exists) stays external. Chunks are prefixed so they never meet the library's.
await build({
  ...common,
  entryPoints: {
    cli: "src/cli/bin.ts",
    // loaded by `shipshape lint` as new Worker(new URL("./lint-worker.js", import.meta.url))
    "lint-worker": "src/cli/lint-worker.ts",
  },
  outdir: "dist",
  splitting: true,
  chunkNames: "cli-[name]-[hash]",
  external: ["yaml"],
  // bundled CommonJS code calls require() for Node's built-in modules
  banner: {
    js: 'import { createRequire as __shipshapeRequire } from "node:module"; const require = __shipshapeRequire(import.meta.url);',
  },
});
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
