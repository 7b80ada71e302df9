import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/shared.js";

const bin = path.join(repoRoot, "bin/shipshape.js");

function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("shipshape CLI (end to end, built bundle)", () => {
  it("--help teaches; --version prints the version", () => {
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(cli(["lint", "--help"]).stdout).toMatch(/--format/);
    expect(cli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("lint: findings give exit 1; json carries file, rule, aliases, severity and exact positions", () => {
    const dir = tmp({ Dockerfile: "FROM alpine:3.20\nMAINTAINER me\n" });
    const r = cli(["lint", "--format", "json", "--no-shellcheck", dir]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "maintainer-deprecated",
        aliases: expect.arrayContaining(["DL4000"]),
        severity: "error",
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 11,
      }),
    );
  });

  it("lint: clean file exits 0; --no-fail exits 0 with findings", () => {
    const clean = tmp({ Dockerfile: "FROM alpine:3.20\nUSER 65532\n" });
    expect(cli(["lint", "--no-shellcheck", clean]).code).toBe(0);
    const bad = tmp({ Dockerfile: "FROM alpine:3.20\nMAINTAINER me\n" });
    expect(cli(["lint", "--no-shellcheck", "--no-fail", bad]).code).toBe(0);
  });

  it("lint: stdin with --stdin-filename", () => {
    const r = cli(["lint", "--no-shellcheck", "-f", "compact", "--stdin-filename", "app/Dockerfile", "-"], {
      input: "FROM alpine\nMAINTAINER me\n",
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/app\/Dockerfile:2:1/);
  });

  it("usage and I/O errors exit 2 with one clear message", () => {
    const missing = cli(["lint", "no/such/Dockerfile"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no\/such\/Dockerfile: no such file or directory/);
    const badConfig = tmp({ Dockerfile: "FROM alpine\n", ".shipshape.yaml": "preset: [\n" });
    const r = cli(["lint", "--no-shellcheck", badConfig]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.shipshape\.yaml: invalid YAML/);
    const unknownKey = tmp({ Dockerfile: "FROM alpine\n", ".hadolint.yaml": "ignoredd: [DL3008]\n" });
    expect(cli(["lint", "--no-shellcheck", unknownKey]).stderr).toMatch(/unknown key "ignoredd"/);
    expect(cli(["lint", "--format", "nope", unknownKey]).code).toBe(2);
  });

  it(".hadolint.yaml and HADOLINT_* variables are honoured; flags win", () => {
    const dir = tmp({
      Dockerfile: "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n",
      ".hadolint.yaml": "ignored: [DL4000]\n",
    });
    expect(cli(["lint", "--no-shellcheck", dir]).code).toBe(0);
    const dir2 = tmp({ Dockerfile: "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n" });
    expect(cli(["lint", "--no-shellcheck", dir2], { env: { HADOLINT_IGNORE: "DL4000" } }).code).toBe(0);
    const r = cli(["lint", "--no-shellcheck", "-f", "json", "--error", "DL4000", dir2], {
      env: { HADOLINT_OVERRIDE_INFO: "DL4000" },
    });
    const findings = JSON.parse(r.stdout) as { rule: string; severity: string }[];
    expect(findings.find((f) => f.rule === "maintainer-deprecated")!.severity).toBe("error");
  });

  it("rules: lists rules and prints one rule's doc by alias", () => {
    const list = cli(["rules"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/maintainer-deprecated/);
    const doc = cli(["rules", "DL4000"]);
    expect(doc.stdout).toMatch(/# maintainer-deprecated/);
    expect(doc.stdout).toMatch(/## Why/);
    expect(cli(["rules", "nope"]).code).toBe(2);
  });

  it("parse: outline of the examples and BuildKit dump", () => {
    const r = cli(["parse", "examples"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FROM golang:latest/);
    expect(cli(["parse", "-f", "buildkit", "examples/go-naive/Dockerfile"]).stdout).toMatch(
      /^\(from "golang:latest"\)/,
    );
  });

  it("SARIF output is 2.1.0 with rules and regions", () => {
    const dir = tmp({ Dockerfile: "FROM alpine:3.20\nMAINTAINER me\n" });
    const r = cli(["lint", "--no-shellcheck", "-f", "sarif", dir]);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    const result = sarif.runs[0].results.find(
      (x: { ruleId: string }) => x.ruleId === "maintainer-deprecated",
    );
    expect(result.locations[0].physicalLocation.region).toMatchObject({
      startLine: 2,
      startColumn: 1,
      endColumn: 11,
    });
  });
});

describe("package exports", () => {
  it("a plain node script in the checkout imports the library through package.json exports", () => {
    const script =
      'import { parse, print, LineIndex, dumpBuildkit } from "shipshape";' +
      'const t = "FROM a\\nRUN b";' +
      "const { cst } = parse(t);" +
      'if (print(cst) !== t) throw new Error("round trip");' +
      "console.log(dumpBuildkit(t), new LineIndex(t).position(7).line);";
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe('(from "a")\n(run "b") 2');
  });
});

describe("odd inputs", () => {
  it("a binary file is one clear error (exit 2), not a flood of findings", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-bin-"));
    writeFileSync(path.join(dir, "Dockerfile"), Buffer.from([0x46, 0x52, 0x00, 0xff, 0x0a, 0x00]));
    const r = cli(["lint", "--no-shellcheck", "-f", "compact", dir]);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/binary file, not a Dockerfile/);
  });
});
