import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatNames } from "../src/core/report/index.js";
import { repoRoot, sharedRoot } from "./support/shared.js";

const bin = path.join(repoRoot, "bin/shipshape.js");

function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
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

/** Writes a tree of files (`a/b/Dockerfile` creates the folders) in a new temporary folder. */
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-tree-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
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
    const badIgnore = tree({ Dockerfile: "FROM alpine\nCOPY . .\n", ".dockerignore/x": "" });
    const ignoreDir = cli(["lint", "--no-shellcheck", badIgnore]);
    expect(ignoreDir.code).toBe(2);
    expect(ignoreDir.stderr.trim()).toBe(
      `shipshape: ${path.join(badIgnore, ".dockerignore")}: is a directory`,
    );
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

  it("ends only after a large report has gone through the pipe whole (it exits once stdout is flushed)", () => {
    const corpus = path.join(sharedRoot, "corpus/real");
    const json = cli(["lint", "--no-shellcheck", "--format", "json", corpus]);
    const compact = cli(["lint", "--no-shellcheck", "--format", "compact", corpus]);
    expect(json.code).toBe(1);
    expect(json.stdout.length).toBeGreaterThan(1_000_000); // far more than a pipe's buffer
    const findings = JSON.parse(json.stdout) as unknown[];
    expect(findings.length).toBe(compact.stdout.trimEnd().split("\n").length);
  });
});

describe("hadolint's output formats (gnu, sonarqube, codacy) and format names", () => {
  const dockerfile = "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n";

  it("gnu: shipshape:file:line:column: rule severity: message", () => {
    const dir = tmp({ Dockerfile: dockerfile });
    const r = cli(["lint", "--no-shellcheck", "-f", "gnu", "Dockerfile"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^shipshape:Dockerfile:2:1: maintainer-deprecated error: \S.*$/m);
    for (const line of r.stdout.trimEnd().split("\n")) {
      expect(line).toMatch(/^shipshape:Dockerfile:\d+:\d+: [a-z0-9-]+ (error|warning|info|style): /);
    }
  });

  it("sonarqube: generic issue import JSON with 0-based column offsets", () => {
    const dir = tmp({ Dockerfile: dockerfile });
    const r = cli(["lint", "--no-shellcheck", "-f", "sonarqube", "Dockerfile"], { cwd: dir });
    expect(r.code).toBe(1);
    const { issues } = JSON.parse(r.stdout) as { issues: Record<string, unknown>[] };
    expect(issues).toContainEqual({
      engineId: "shipshape",
      ruleId: "maintainer-deprecated",
      severity: "CRITICAL",
      type: "BUG",
      primaryLocation: {
        message: expect.any(String),
        filePath: "Dockerfile",
        textRange: { startLine: 2, endLine: 2, startColumn: 0, endColumn: 10 },
      },
    });
  });

  it("codacy: one JSON object per line, patterns by hadolint code", () => {
    const dir = tmp({ Dockerfile: dockerfile });
    const r = cli(["lint", "--no-shellcheck", "-f", "codacy", "Dockerfile"], { cwd: dir });
    expect(r.code).toBe(1);
    const issues = r.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(issues).toContainEqual({
      filename: "Dockerfile",
      patternId: "DL4000",
      message: expect.any(String),
      line: 2,
    });
  });

  it("hadolint's names tty, codeclimate and gitlab_codeclimate print stylish and gitlab; --help lists all", () => {
    const dir = tmp({ Dockerfile: dockerfile });
    const run = (format: string) =>
      cli(["lint", "--no-shellcheck", "-f", format, "Dockerfile"], { cwd: dir });
    const stylish = run("stylish");
    const gitlab = run("gitlab");
    expect(stylish.stdout).toMatch(/maintainer-deprecated/);
    expect(run("tty")).toEqual(stylish);
    expect(run("codeclimate")).toEqual(gitlab);
    expect(run("gitlab_codeclimate")).toEqual(gitlab);
    // a .hadolint.yaml's `format` takes hadolint's names too
    const configured = tmp({ Dockerfile: dockerfile, ".hadolint.yaml": "format: gnu\n" });
    expect(cli(["lint", "--no-shellcheck", "Dockerfile"], { cwd: configured }).stdout).toMatch(
      /^shipshape:Dockerfile:2:1: maintainer-deprecated error: /m,
    );
    const help = cli(["lint", "--help"]).stdout.replace(/\s+/g, " ");
    for (const name of [...formatNames, "tty", "codeclimate", "gitlab_codeclimate"]) {
      expect(help, name).toMatch(new RegExp(`[ :,]${name}[ ,)]`));
    }
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

describe("many files (worker threads) and configuration per folder", () => {
  /** No config from the user's home folder leaks into these runs. */
  const home = mkdtempSync(path.join(os.tmpdir(), "shipshape-home-"));
  const isolated = { HOME: home, XDG_CONFIG_HOME: home };

  it("each folder gets its nearest config file, found once per folder and read once", () => {
    const dir = tree({
      "a/.shipshape.yaml": "ignored: [DL4000]\n",
      "a/Dockerfile": "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n",
      "a/sub/Dockerfile": "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n",
      "b/.shipshape.yaml": "rules:\n  maintainer-deprecated: warning\n",
      "b/Dockerfile": "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n",
      "c/.hadolint.yaml": "override:\n  info: [DL4000]\n",
      "c/Dockerfile": "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n",
      "d/Dockerfile": "FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n",
    });
    for (const threads of ["1", "3"]) {
      const r = cli(["lint", "--no-shellcheck", "-f", "json", dir], {
        cwd: dir,
        env: { ...isolated, SHIPSHAPE_THREADS: threads },
      });
      expect(r.stderr).toBe("");
      const findings = JSON.parse(r.stdout) as { file: string; rule: string; severity: string }[];
      const maintainer = Object.fromEntries(
        findings.filter((f) => f.rule === "maintainer-deprecated").map((f) => [f.file, f.severity]),
      );
      expect(maintainer).toEqual({
        "b/Dockerfile": "warning",
        "c/Dockerfile": "info",
        "d/Dockerfile": "error",
      });
    }
  });

  it("a parallel run prints exactly what a serial run prints, in order, with the same exit code", () => {
    const samples = [
      "FROM alpine:3.20\nUSER 65532\n",
      "FROM ubuntu\nMAINTAINER me\nRUN apt-get update && apt-get install -y curl\n",
      "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD node server.js\n",
      "FROM python:3.12\nRUN pip install flask && cd /tmp && wget https://example.com/x.tgz | tar -xz\n",
      "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT /app\n",
      "# syntax=docker/dockerfile:1\nFROM debian\nRUN <<EOF\nset -e\napt-get update\nEOF\nCOPY .env /\n",
      "FROM alpine\nRUN echo $HOME; sudo rm -rf / ; cd /x\nEXPOSE 80000\n",
      "FRM broken\nFROM\n",
    ];
    const files: Record<string, string | Buffer> = {
      "ctx/.dockerignore": ".env\n",
      "strict/.shipshape.yaml": "preset: all\n",
      "quiet/.hadolint.yaml": "ignored: [DL3006, DL4000]\nfailure-threshold: error\n",
      "odd/Dockerfile": Buffer.from([0x46, 0x52, 0x00, 0xff, 0x0a]),
    };
    const folders = ["ctx", "strict", "quiet", "plain/x", "plain/y"];
    for (let i = 0; i < 150; i++) {
      files[`${folders[i % folders.length]}/${String(i).padStart(3, "0")}.Dockerfile`] =
        samples[i % samples.length]!;
    }
    const dir = tree(files);
    const input = "FROM alpine\nMAINTAINER me\n";
    for (const format of ["json", "stylish"]) {
      const args = ["lint", "--no-shellcheck", "-f", format, "--stdin-filename", "ctx/Dockerfile", "-", dir];
      const serial = cli(args, { cwd: dir, input, env: { ...isolated, SHIPSHAPE_THREADS: "1" } });
      const parallel = cli(args, { cwd: dir, input, env: { ...isolated, SHIPSHAPE_THREADS: "3" } });
      expect(serial.code).toBe(2); // the binary file
      expect(parallel).toEqual(serial);
    }
    // without the binary file the exit code is findings' 1, the same both ways
    const args = ["lint", "--no-shellcheck", "-f", "compact", "ctx", "strict", "quiet", "plain"];
    const serial = cli(args, { cwd: dir, env: { ...isolated, SHIPSHAPE_THREADS: "1" } });
    const parallel = cli(args, { cwd: dir, env: { ...isolated, SHIPSHAPE_THREADS: "3" } });
    expect(serial.code).toBe(1);
    expect(serial.stdout.split("\n").length).toBeGreaterThan(300);
    expect(parallel).toEqual(serial);
  });
});
