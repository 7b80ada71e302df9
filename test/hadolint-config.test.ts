/**
 * hadolint's configuration specs, case by case, through our own API:
 *   - ConfigfileSpec (test/Hadolint/Config/ConfigfileSpec.hs): YAML text -> readConfigFile;
 *   - EnvironmentSpec (EnvironmentSpec.hs): variables -> configFromEnv;
 *   - ConfigurationSpec (ConfigurationSpec.hs): defaults + one partial -> mergeConfigs + resolveConfig;
 *   - CommandlineSpec (CommandlineSpec.hs): argv -> the built CLI, spawned; `-V` prints the
 *     configuration the flags add up to, which the cases read back.
 * hadolint's `mempty { partialX = v }` is written here as `{ x: v }`: `partial()` drops what a
 * source did not set (undefined scalars, empty lists and maps), so `{}` is mempty.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configFromEnv, type FileConfig, mergeConfigs, readConfigFile } from "../src/cli/config-files.js";
import { resolveConfig } from "../src/core/lint/config.js";
import { rules } from "../src/core/rules/index.js";
import { repoRoot } from "./support/shared.js";

/** A source's settings without the ones it left unset (hadolint's mempty fields). */
function partial(config: FileConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === "path" || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === "override") {
      const levels = Object.fromEntries(
        Object.entries(value as Record<string, string[]>).filter(([, list]) => list.length > 0),
      );
      if (Object.keys(levels).length > 0) out.override = levels;
      continue;
    }
    if (typeof value === "object" && value !== null && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

function tmpDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-hadolint-config-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** hadolint's parseYaml helper: the lines joined as Bytes.unlines does, read as a .hadolint.yaml. */
function fromYaml(lines: string[]): Record<string, unknown> {
  const dir = tmpDir({ ".hadolint.yaml": lines.map((l) => `${l}\n`).join("") });
  return partial(readConfigFile(path.join(dir, ".hadolint.yaml")));
}

describe("ConfigfileSpec: config from a .hadolint.yaml", () => {
  it("parse empty config file: hadolint fails with 'empty YAML stream' and goes on with defaults; we read it as defaults without the error", () => {
    expect(fromYaml([])).toEqual({});
  });
  it("parse `no-fail: true`", () => expect(fromYaml(["no-fail: true"])).toEqual({ noFail: true }));
  it("parse `no-fail: false`", () => expect(fromYaml(["no-fail: false"])).toEqual({ noFail: false }));
  it("parse `no-color: true`", () => expect(fromYaml(["no-color: true"])).toEqual({ noColor: true }));
  it("parse `no-color: false`", () => expect(fromYaml(["no-color: false"])).toEqual({ noColor: false }));
  it("parse `verbose: true`", () => expect(fromYaml(["verbose: true"])).toEqual({ verbose: true }));
  it("parse `verbose: false`", () => expect(fromYaml(["verbose: false"])).toEqual({ verbose: false }));
  it("parse `format: json`", () => expect(fromYaml(["format: json"])).toEqual({ formats: ["json"] }));
  it("parse `format: sarif`", () => expect(fromYaml(["format: sarif"])).toEqual({ formats: ["sarif"] }));

  for (const level of ["error", "warning", "info", "style"] as const) {
    it(`parse override ${level} rules`, () => {
      expect(fromYaml(["override:", `  ${level}:`, "    - DL3020", "    - DL3040", "    - SC1020"])).toEqual({
        override: { [level]: ["DL3020", "DL3040", "SC1020"] },
      });
    });
  }

  it("parse ignored rules", () => {
    expect(fromYaml(["ignored:", "  - DL3020", "  - DL3040", "  - SC1020"])).toEqual({
      ignored: ["DL3020", "DL3040", "SC1020"],
    });
  });
  it("parse trusted registries", () => {
    expect(fromYaml(["trustedRegistries:", "  - foobar.com", "  - barfoo.com"])).toEqual({
      trustedRegistries: ["foobar.com", "barfoo.com"],
    });
  });
  it("parse label schema", () => {
    expect(fromYaml(["label-schema:", "  foo: email", "  bar: text"])).toEqual({
      labelSchema: { foo: "email", bar: "text" },
    });
  });
  it("parse strict-labels: true", () =>
    expect(fromYaml(["strict-labels: true"])).toEqual({ strictLabels: true }));
  it("parse strict-labels: false", () =>
    expect(fromYaml(["strict-labels: false"])).toEqual({ strictLabels: false }));
  it("parse disable-ignore-pragma: true", () =>
    expect(fromYaml(["disable-ignore-pragma: true"])).toEqual({ disableIgnorePragma: true }));
  it("parse disable-ignore-pragma: false", () =>
    expect(fromYaml(["disable-ignore-pragma: false"])).toEqual({ disableIgnorePragma: false }));
  it("parse `failure-threshold: warning`", () =>
    expect(fromYaml(["failure-threshold: warning"])).toEqual({ failureThreshold: "warning" }));
  it("parse `failure-threshold: style`", () =>
    expect(fromYaml(["failure-threshold: style"])).toEqual({ failureThreshold: "style" }));

  it("beyond the spec: a label type hadolint does not know is an error in the file (hadolint: a YAML parse error)", () => {
    expect(() => fromYaml(["label-schema:", "  foo: bar"])).toThrow(/label-schema\.foo.*expected one of/);
    expect(fromYaml(["label-schema:", "  foo:", "  bar: ''"])).toEqual({
      labelSchema: { foo: "text", bar: "text" },
    });
  });
});

/** hadolint's withJustEnv: only this variable set. */
const env = (name: string, value: string) => partial(configFromEnv({ [name]: value }));

describe("EnvironmentSpec: config from environment variables", () => {
  it("Empty config when nothing is set", () => expect(partial(configFromEnv({}))).toEqual({}));
  it("parse HADOLINT_NOFAIL=1", () => expect(env("HADOLINT_NOFAIL", "1")).toEqual({ noFail: true }));
  it("parse HADOLINT_NOFAIL=0", () => expect(env("HADOLINT_NOFAIL", "0")).toEqual({ noFail: false }));
  it("parse NO_COLOR=y", () => expect(env("NO_COLOR", "y")).toEqual({ noColor: true }));
  it("parse NO_COLOR=n (set is set, whatever the value)", () =>
    expect(env("NO_COLOR", "n")).toEqual({ noColor: true }));
  it("parse NO_COLOR set to empty string: hadolint counts it as set; we follow no-color.org (set and not empty), as the README says", () => {
    expect(env("NO_COLOR", "")).toEqual({});
  });
  it("parse NO_COLOR unset", () => expect(partial(configFromEnv({})).noColor).toBeUndefined());
  it("parse HADOLINT_VERBOSE=on", () => expect(env("HADOLINT_VERBOSE", "on")).toEqual({ verbose: true }));
  it("parse HADOLINT_VERBOSE=off", () => expect(env("HADOLINT_VERBOSE", "off")).toEqual({ verbose: false }));
  it("parse HADOLINT_FORMAT=json", () =>
    expect(env("HADOLINT_FORMAT", "json")).toEqual({ formats: ["json"] }));
  it("parse HADOLINT_FORMAT=sarif", () =>
    expect(env("HADOLINT_FORMAT", "sarif")).toEqual({ formats: ["sarif"] }));

  for (const level of ["error", "warning", "info", "style"] as const) {
    const name = `HADOLINT_OVERRIDE_${level.toUpperCase()}`;
    it(`parse ${name}=DL3010`, () =>
      expect(env(name, "DL3010")).toEqual({ override: { [level]: ["DL3010"] } }));
    it(`parse ${name}=DL3010,DL3011`, () =>
      expect(env(name, "DL3010,DL3011")).toEqual({ override: { [level]: ["DL3010", "DL3011"] } }));
  }

  it("parse HADOLINT_IGNORE=DL3010", () =>
    expect(env("HADOLINT_IGNORE", "DL3010")).toEqual({ ignored: ["DL3010"] }));
  it("parse HADOLINT_IGNORE=DL3010,DL3011", () =>
    expect(env("HADOLINT_IGNORE", "DL3010,DL3011")).toEqual({ ignored: ["DL3010", "DL3011"] }));
  it("parse HADOLINT_TRUSTED_REGISTRIES=foobar.com", () =>
    expect(env("HADOLINT_TRUSTED_REGISTRIES", "foobar.com")).toEqual({ trustedRegistries: ["foobar.com"] }));
  it("parse HADOLINT_TRUSTED_REGISTRIES=foobar.com,barfoo.com", () =>
    expect(env("HADOLINT_TRUSTED_REGISTRIES", "foobar.com,barfoo.com")).toEqual({
      trustedRegistries: ["foobar.com", "barfoo.com"],
    }));
  it("parse HADOLINT_REQUIRE_LABELS=foo:email", () =>
    expect(env("HADOLINT_REQUIRE_LABELS", "foo:email")).toEqual({ labelSchema: { foo: "email" } }));
  it("parse HADOLINT_REQUIRE_LABELS=foo:email,bar:text", () =>
    expect(env("HADOLINT_REQUIRE_LABELS", "foo:email,bar:text")).toEqual({
      labelSchema: { foo: "email", bar: "text" },
    }));
  it("parse HADOLINT_STRICT_LABELS=yes", () =>
    expect(env("HADOLINT_STRICT_LABELS", "yes")).toEqual({ strictLabels: true }));
  it("parse HADOLINT_STRICT_LABELS=false", () =>
    expect(env("HADOLINT_STRICT_LABELS", "false")).toEqual({ strictLabels: false }));
  it("parse HADOLINT_DISABLE_IGNORE_PRAGMA=yes", () =>
    expect(env("HADOLINT_DISABLE_IGNORE_PRAGMA", "yes")).toEqual({ disableIgnorePragma: true }));
  it("parse HADOLINT_DISABLE_IGNORE_PRAGMA=false", () =>
    expect(env("HADOLINT_DISABLE_IGNORE_PRAGMA", "false")).toEqual({ disableIgnorePragma: false }));
  it("parse HADOLINT_FAILURE_THRESHOLD=error", () =>
    expect(env("HADOLINT_FAILURE_THRESHOLD", "error")).toEqual({ failureThreshold: "error" }));
  it("parse HADOLINT_FAILURE_THRESHOLD=style", () =>
    expect(env("HADOLINT_FAILURE_THRESHOLD", "style")).toEqual({ failureThreshold: "style" }));

  it("beyond the spec: a required label with an unknown type is left out, as hadolint does; SHIPSHAPE_* spell the same", () => {
    expect(env("HADOLINT_REQUIRE_LABELS", "foo:bar,baz:url,qux")).toEqual({
      labelSchema: { baz: "url", qux: "text" },
    });
    expect(env("SHIPSHAPE_VERBOSE", "yes")).toEqual({ verbose: true });
    expect(env("SHIPSHAPE_IGNORE", "DL3010")).toEqual({ ignored: ["DL3010"] });
  });
});

describe("ConfigurationSpec: a partial configuration applied over the defaults", () => {
  // hadolint's `def`: no-fail, no-color, verbose, disable-ignore-pragma false; tty; threshold info
  const apply = (p: FileConfig) => {
    const merged = mergeConfigs({}, p);
    const r = resolveConfig(merged, rules);
    return {
      noFail: r.noFail,
      noColor: merged.noColor ?? false,
      verbose: merged.verbose ?? false,
      format: merged.formats?.at(-1) ?? "stylish",
      disableIgnorePragma: r.disableIgnorePragma,
      failureThreshold: r.failureThreshold,
    };
  };
  const def = apply({});

  it("the defaults are hadolint's (tty is our stylish)", () => {
    expect(def).toEqual({
      noFail: false,
      noColor: false,
      verbose: false,
      format: "stylish",
      disableIgnorePragma: false,
      failureThreshold: "info",
    });
  });
  it("override default configuration with empty config", () => {
    expect(apply({})).toEqual(def);
    expect(resolveConfig(mergeConfigs({}, {}), rules)).toEqual(resolveConfig({}, rules));
  });
  it("override default with specific configuration: no-fail", () =>
    expect(apply({ noFail: true })).toEqual({ ...def, noFail: true }));
  it("override default with specific configuration: no-color", () =>
    expect(apply({ noColor: true })).toEqual({ ...def, noColor: true }));
  it("empty should not override: no-color", () => {
    expect(mergeConfigs({}, mergeConfigs({ noColor: true }, {})).noColor).toBe(true);
    expect(apply(mergeConfigs({ noColor: true }, {}))).toEqual({ ...def, noColor: true });
  });
  it("override default with specific configuration: verbose", () =>
    expect(apply({ verbose: true })).toEqual({ ...def, verbose: true }));
  it("override default with specific configuration: output-format json", () =>
    expect(apply({ formats: ["json"] })).toEqual({ ...def, format: "json" }));
  it("override default with specific configuration: disable ignore pragma", () =>
    expect(apply({ disableIgnorePragma: true })).toEqual({ ...def, disableIgnorePragma: true }));
});

// ---- CommandlineSpec: the built CLI (run `npm run build` after changing src/) ----

const bin = path.join(repoRoot, "bin/shipshape.js");
const DOCKERFILE = "FROM alpine:3.20\nMAINTAINER me\n";

/** An environment without any HADOLINT_*, SHIPSHAPE_* or NO_COLOR, and a home with no config. */
function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(HADOLINT_|SHIPSHAPE_)/.test(k) || k === "NO_COLOR") continue;
    out[k] = v;
  }
  return { ...out, HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), ...extra };
}

function cli(args: string[], options: { env?: Record<string, string>; files?: Record<string, string> } = {}) {
  const dir = tmpDir({ Dockerfile: DOCKERFILE, ...options.files });
  const r = spawnSync(process.execPath, [bin, "lint", "--no-shellcheck", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: cleanEnv(dir, options.env),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, dir };
}

/** The configuration `shipshape lint` parsed from argv (printed by verbose mode), as a partial. */
function parsed(args: string[], files?: Record<string, string>): Record<string, unknown> {
  const r = cli(args, { env: { HADOLINT_VERBOSE: "1" }, files });
  const line = r.stderr.split("\n").find((l) => l.startsWith("shipshape: configuration: "));
  expect(line, r.stderr).toBeDefined();
  const config = partial(JSON.parse(line!.slice("shipshape: configuration: ".length)) as FileConfig);
  delete config.verbose;
  return config;
}

describe("CommandlineSpec: config from the command line (shipshape lint)", () => {
  it("parse with no arguments given: empty configuration; hadolint asks for a Dockerfile, we lint the current folder (documented in lint --help)", () => {
    expect(parsed([])).toEqual({});
    const r = cli(["-f", "json"]);
    expect((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file)).toContain("Dockerfile");
  });

  describe("parse version flag", () => {
    for (const flag of ["-v", "--version"]) {
      it(`parse ${flag}`, () => {
        const r = cli([flag]);
        expect(r.code).toBe(0);
        expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      });
    }
  });

  describe("parse config file option", () => {
    for (const flag of ["-c", "--config"]) {
      it(`parse ${flag} hadolint.yaml`, () => {
        const r = cli([flag, "hadolint.yaml"], {
          env: { HADOLINT_VERBOSE: "1" },
          files: { "hadolint.yaml": "ignored: [DL4000]\n" },
        });
        expect(r.stderr).toMatch(/config file used: hadolint\.yaml/);
        expect(r.stderr).toMatch(/"ignored":\["DL4000"\]/);
      });
    }
  });

  describe("parse file arguments", () => {
    it("parse `Dockerfile`", () => {
      const r = cli(["-f", "json", "Dockerfile"]);
      expect(new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file))).toEqual(
        new Set(["Dockerfile"]),
      );
    });
    it("parse `Dockerfile1 Dockerfile2`", () => {
      const r = cli(["-f", "json", "Dockerfile1", "Dockerfile2"], {
        files: { Dockerfile1: DOCKERFILE, Dockerfile2: DOCKERFILE },
      });
      expect(new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file))).toEqual(
        new Set(["Dockerfile1", "Dockerfile2"]),
      );
    });
    it("parse --file-path-in-report foobar/Dockerfile", () => {
      const r = cli(["-f", "json", "--file-path-in-report", "foobar/Dockerfile", "Dockerfile"]);
      const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
      expect(files.length).toBeGreaterThan(0);
      expect(new Set(files)).toEqual(new Set(["foobar/Dockerfile"]));
      expect(parsed(["--file-path-in-report", "foobar/Dockerfile"])).toEqual({});
    });
  });

  describe("parse general configuration", () => {
    it("parse --no-fail", () => {
      expect(parsed(["--no-fail"])).toEqual({ noFail: true });
      expect(cli(["--no-fail"]).code).toBe(0);
    });
    it("parse --no-color", () => expect(parsed(["--no-color"])).toEqual({ noColor: true }));
    for (const flag of ["-V", "--verbose"]) {
      it(`parse ${flag}`, () => {
        const r = cli([flag]);
        expect(r.stderr).toMatch(/no config file found/);
        expect(r.stderr).toMatch(/shipshape: configuration: \{.*"verbose":true/);
      });
    }
    it("parse -f json", () => expect(parsed(["-f", "json"])).toEqual({ formats: ["json"] }));
    it("parse --format", () => expect(parsed(["--format", "sarif"])).toEqual({ formats: ["sarif"] }));
  });

  describe("parse severity overrides", () => {
    for (const level of ["error", "warning", "info", "style"] as const) {
      it(`parse --${level}=DL3010`, () =>
        expect(parsed([`--${level}`, "DL3010"])).toEqual({ override: { [level]: ["DL3010"] } }));
      it(`parse --${level}=DL3010 --${level}=DL3020`, () =>
        expect(parsed([`--${level}`, "DL3010", `--${level}=DL3020`])).toEqual({
          override: { [level]: ["DL3010", "DL3020"] },
        }));
    }
    it("parse --ignore=DL3010", () =>
      expect(parsed(["--ignore", "DL3010"])).toEqual({ ignored: ["DL3010"] }));
    it("parse --ignore=DL3010 --ignore=DL3020", () =>
      expect(parsed(["--ignore", "DL3010", "--ignore=DL3020"])).toEqual({ ignored: ["DL3010", "DL3020"] }));
  });

  describe("parse trusted registries", () => {
    it("parse --trusted-registry foobar.com", () =>
      expect(parsed(["--trusted-registry", "foobar.com"])).toEqual({ trustedRegistries: ["foobar.com"] }));
    it("parse --trusted-registry foobar.com --trusted-registry barfoo.io", () =>
      expect(parsed(["--trusted-registry", "foobar.com", "--trusted-registry", "barfoo.io"])).toEqual({
        trustedRegistries: ["foobar.com", "barfoo.io"],
      }));
  });

  describe("parse required labels", () => {
    it("parse --require-label foo:email", () =>
      expect(parsed(["--require-label", "foo:email"])).toEqual({ labelSchema: { foo: "email" } }));
    it("parse --require-label foo:email --require-label bar:text", () =>
      expect(parsed(["--require-label", "foo:email", "--require-label", "bar:text"])).toEqual({
        labelSchema: { foo: "email", bar: "text" },
      }));
  });

  it("parse --strict-labels", () => expect(parsed(["--strict-labels"])).toEqual({ strictLabels: true }));
  it("parse --disable-ignore-pragma", () =>
    expect(parsed(["--disable-ignore-pragma"])).toEqual({ disableIgnorePragma: true }));

  describe("parse failure thresholds", () => {
    it("parse -t warning", () => {
      expect(parsed(["-t", "warning"])).toEqual({ failureThreshold: "warning" });
    });
    it("parse --failure-threshold style", () =>
      expect(parsed(["--failure-threshold", "style"])).toEqual({ failureThreshold: "style" }));
    it("beyond the spec: the threshold decides the exit code; ignore and none both mean any finding fails", () => {
      // the Dockerfile's worst finding is an error (DL4000)
      expect(cli(["-t", "error"]).code).toBe(1);
      expect(cli(["-t", "error", "--ignore", "DL4000"]).code).toBe(0);
      expect(parsed(["-t", "ignore"])).toEqual({ failureThreshold: "none" });
      expect(parsed(["-t", "none"])).toEqual({ failureThreshold: "none" });
    });
  });

  describe("fail parsing on garbage input", () => {
    it("fail parsing --blafoo", () => {
      const r = cli(["--blafoo"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/unknown option '--blafoo'/);
    });
    it("fail parsing --require-label foo:bar", () => {
      const r = cli(["--require-label", "foo:bar"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--require-label foo:bar: the type must be one of/);
    });
  });
});
