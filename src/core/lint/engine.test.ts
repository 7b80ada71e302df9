import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { failsAt, type LintConfig, resolveConfig } from "./config.js";
import { formatMessage, lint } from "./engine.js";
import { defineRule } from "./rule.js";

/** Findings of the rules these tests exercise (other rules' findings are not the point here). */
const OF_INTEREST = new Set(["maintainer-deprecated", "unused-suppression", "shellcheck"]);
const run = (
  text: string,
  config: LintConfig = {},
  external = undefined as Parameters<typeof lint>[1]["external"],
) =>
  lint(text, { config: resolveConfig(config, rules), external })
    .findings.filter((f) => OF_INTEREST.has(f.rule))
    .map((f) => `${f.line}:${f.column} ${f.rule}`);

const M = "FROM alpine\nMAINTAINER me\n";

describe("lint engine", () => {
  it("reports with rule name, aliases and exact position", () => {
    const f = lint(M, { config: resolveConfig({}, rules) }).findings.find(
      (x) => x.rule === "maintainer-deprecated",
    );
    expect(f).toMatchObject({
      rule: "maintainer-deprecated",
      aliases: ["DL4000", "MaintainerDeprecated", "DS-0022", "CKV_DOCKER_6"],
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 11,
      fixable: true,
    });
  });

  it("an exec-form RUN is read as its argv; fixes that would edit its JSON strings are dropped", () => {
    const findings = (text: string) =>
      lint(text, { config: resolveConfig({}, rules) }).findings.filter(
        (f) => f.rule === "apt-get-missing-yes",
      );
    const shell = findings("FROM debian:12\nRUN apt-get install curl\n");
    const exec = findings('FROM debian:12\nRUN ["apt-get", "install", "curl"]\n');
    expect(shell.map((f) => [f.line, f.fixable])).toEqual([[2, true]]);
    expect(exec.map((f) => [f.line, f.column, f.fixable, f.fix])).toEqual([[2, 7, false, undefined]]);
  });

  it("config: off by name or alias, override severity, ignored list", () => {
    expect(run(M, { rules: { DL4000: "off" } })).toEqual([]);
    expect(run(M, { ignored: ["maintainerdeprecated"] })).toEqual([]);
    const f = lint(M, { config: resolveConfig({ override: { info: ["DL4000"] } }, rules) }).findings.find(
      (x) => x.rule === "maintainer-deprecated",
    );
    expect(f!.severity).toBe("info");
    expect(resolveConfig({ rules: { NOPE: "off" } }, rules).unknownRules).toEqual(["NOPE"]);
  });

  it("inline suppressions: next instruction, global, stage; hadolint and shipshape spellings; reasons", () => {
    expect(run("FROM alpine\n# hadolint ignore=DL4000\nMAINTAINER me\n")).toEqual([]);
    expect(
      run("FROM alpine\n# shipshape ignore=maintainer-deprecated # legacy image\nMAINTAINER me\n"),
    ).toEqual([]);
    expect(run("# hadolint global ignore=DL4000\nFROM alpine\nMAINTAINER me\n")).toEqual([]);
    expect(run("FROM a AS x\nFROM alpine\n# hadolint ignore=DL4000\nRUN x\nMAINTAINER me\n")).toEqual([
      "5:1 maintainer-deprecated",
    ]);
    expect(
      run("FROM a\n# hadolint stage ignore=DL4000\nFROM alpine\nMAINTAINER me\nFROM b\nMAINTAINER x"),
    ).toEqual(["6:1 maintainer-deprecated"]);
  });

  it("disable-ignore-pragma and unused suppressions", () => {
    expect(
      run("FROM alpine\n# hadolint ignore=DL4000\nMAINTAINER me\n", { disableIgnorePragma: true }),
    ).toEqual(["3:1 maintainer-deprecated"]);
    expect(
      run("FROM alpine\n# hadolint ignore=DL3008\nRUN x\n", { reportUnusedSuppressions: true }),
    ).toContain("2:1 unused-suppression");
  });

  it("BuildKit check directive: skip, error=true, and the per-instruction comment", () => {
    expect(run(`# check=skip=MaintainerDeprecated\n${M}`)).toEqual([]);
    expect(run(`# check=skip=all\n${M}`)).toEqual([]);
    const f = lint(`# check=error=true\n${M}`, {
      config: resolveConfig({ override: { warning: ["DL4000"] } }, rules),
    }).findings.find((x) => x.rule === "maintainer-deprecated");
    expect(f!.severity).toBe("error");
    expect(run("FROM alpine\n# check=skip=MaintainerDeprecated\nMAINTAINER me\nMAINTAINER you")).toEqual([
      "4:1 maintainer-deprecated",
    ]);
  });

  it("external findings (ShellCheck) are reported under their codes, configurable and suppressible", () => {
    const text = "FROM alpine\nRUN echo $x\n";
    const sc = [
      { code: "SC2086", severity: "info" as const, message: "Double quote", range: { start: 21, end: 23 } },
    ];
    expect(run(text, {}, sc)).toEqual(["2:10 shellcheck"]);
    expect(run(text, { ignored: ["SC2086"] }, sc)).toEqual([]);
    expect(
      run(`FROM alpine\n# hadolint ignore=SC2086\nRUN echo $x\n`, {}, [
        { ...sc[0]!, range: { start: 45, end: 47 } },
      ]),
    ).toEqual([]);
  });

  it("presets: hadolint enables exactly hadolint's default rules", () => {
    const names = resolveConfig({ preset: "hadolint" }, rules).enabled.map((e) => e.rule.meta.name);
    for (const name of names) {
      const rule = rules.find((r) => r.meta.name === name)!;
      expect(rule.meta.presets.includes("hadolint") || rule.meta.name === "shellcheck", name).toBe(true);
    }
    const all = resolveConfig({ preset: "all" }, rules).enabled.length;
    expect(all).toBe(rules.length);
  });

  it("failure threshold follows hadolint's order", () => {
    expect(failsAt("warning", "info")).toBe(true);
    expect(failsAt("style", "info")).toBe(false);
    expect(failsAt("error", "error")).toBe(true);
    expect(failsAt("style", "none")).toBe(true);
  });

  it("formatMessage fills placeholders and keeps unknown ones as written", () => {
    expect(formatMessage("Pin {{name}} to {{ version }}", { name: "curl", version: 7 })).toBe(
      "Pin curl to 7",
    );
    expect(formatMessage("{{a}}{{a}}-{{ b }}", { a: "x" })).toBe("xx-{{ b }}");
    expect(formatMessage("no placeholders", { a: "x" })).toBe("no placeholders");
    expect(formatMessage("{{a}}", undefined)).toBe("{{a}}");
  });

  it("a configuration's rules and severities are its own (nothing cached across configurations)", () => {
    const text = "FROM debian\nRUN echo hi\n";
    const a = lint(text, { config: resolveConfig({}, rules) }).findings.map((f) => `${f.rule}:${f.severity}`);
    const b = lint(text, { config: resolveConfig({ override: { error: ["DL3006"] } }, rules) }).findings;
    expect(b.find((f) => f.rule === "image-untagged")?.severity).toBe("error");
    expect(
      lint(text, { config: resolveConfig({}, rules) }).findings.map((f) => `${f.rule}:${f.severity}`),
    ).toEqual(a);
  });

  it("analyses shell scripts by default, except under a non-sh SHELL or `# hadolint shell=`", () => {
    const config = resolveConfig({ rules: { "apt-get-missing-yes": "warning" } }, rules);
    const missingYes = (text: string) =>
      lint(text, { config })
        .findings.filter((f) => f.rule === "apt-get-missing-yes")
        .map((f) => f.line);
    const run = "RUN apt-get install curl\n";
    expect(missingYes(`FROM debian\n${run}`)).toEqual([2]);
    expect(missingYes(`FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${run}`)).toEqual([3]);
    // PowerShell bodies are not sh; an explicit sh -c in exec form still is
    expect(missingYes(`FROM windows\nSHELL ["powershell", "-Command"]\n${run}`)).toEqual([]);
    expect(
      missingYes(`FROM windows\nSHELL ["pwsh", "-c"]\nRUN ["sh", "-c", "apt-get install curl"]\n`),
    ).toEqual([3]);
    expect(missingYes(`FROM debian\n# hadolint shell=powershell\n${run}`)).toEqual([]);
    // the stage after a PowerShell stage starts with sh again
    expect(missingYes(`FROM windows AS w\nSHELL ["cmd", "/S", "/C"]\n${run}FROM debian\n${run}`)).toEqual([
      5,
    ]);
  });

  it("never throws on junk", () => {
    for (const t of ["", "\0\0", "FROM", "ONBUILD ONBUILD RUN x", "# check=skip=\nFROM a"]) {
      expect(() => lint(t, { config: resolveConfig({ preset: "all" }, rules) })).not.toThrow();
    }
  });

  it("a rule's runCommands: its RUN visitor sees only RUNs invoking one (wrapped, in sh -c, in ONBUILD, exec form)", () => {
    const seen: string[] = [];
    const rule = defineRule({
      meta: {
        name: "sees-apk",
        category: "size",
        severity: "info",
        description: "records the RUNs it is called for",
        sources: [],
        messages: { x: "x" },
        presets: [],
        runCommands: ["apk"],
      },
      create: (ctx) => ({ RUN: (inst) => void seen.push(ctx.text.slice(inst.range.start, inst.range.end)) }),
    });
    const text =
      'FROM alpine\nRUN echo hi\nRUN sudo apk add curl\nRUN sh -c "apk del x"\nONBUILD RUN apk add y\nRUN ["apk", "add", "z"]\n';
    lint(text, { config: resolveConfig({ rules: { "sees-apk": "info" } }, [rule]) });
    expect(seen).toEqual([
      "RUN sudo apk add curl",
      'RUN sh -c "apk del x"',
      "RUN apk add y",
      'RUN ["apk", "add", "z"]',
    ]);
  });
});
