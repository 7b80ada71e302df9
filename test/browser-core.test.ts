import path from "node:path";
import vm from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/shared.js";

describe("the core runs in a browser", () => {
  it("bundles src/index.ts for the browser with no Node built-in and no WASM, and lints in a bare JS context", async () => {
    const result = await build({
      entryPoints: [path.join(repoRoot, "src/index.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "shipshape",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith("src/cli"))).toEqual([]);
    expect(inputs.filter((i) => /tree-sitter|\.wasm/.test(i))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);

    // a context with only the language built-ins (no process, require, fs, fetch)
    const sandbox: Record<string, unknown> = {};
    vm.createContext(sandbox);
    vm.runInContext(`${code}\nglobalThis.shipshape = shipshape;`, sandbox);
    const core = sandbox.shipshape as typeof import("../src/index.js");
    const config = core.resolveConfig({}, core.rules);
    const { findings } = core.lint("FROM debian\nRUN apt-get update && apt-get install curl\n", {
      config,
    });
    const install = findings.find((f) => f.aliases.includes("DL3014"));
    // the shell analysis found the `install` command inside the RUN
    expect(install).toMatchObject({ line: 2 });
  });
});
