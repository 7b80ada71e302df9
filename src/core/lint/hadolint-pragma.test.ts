/**
 * hadolint's PragmaSpec (test/Hadolint/PragmaSpec.hs), case by case, through our own API: the
 * Dockerfile goes through lint() with the few rules each case is about. `catches(code, ...)` is
 * hadolint's ruleCatches (at least one finding reported under that code, none before line 1),
 * `catchesNot` its ruleCatchesNot (none).
 */
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { analyze } from "../semantic/model.js";
import { parse } from "../syntax/parser.js";
import { type LintConfig, resolveConfig } from "./config.js";
import { lint } from "./engine.js";
import type { Rule } from "./rule.js";
import { collectSuppressions, runShell } from "./suppressions.js";

/** DL3002, DL3001, DL3023, DL3021 and DL1001: the codes PragmaSpec asserts on. */
const SMALL = rules.filter((r) =>
  r.meta.sources.some((s) => ["DL3002", "DL3001", "DL3023", "DL3021", "DL1001"].includes(s.id)),
);

/** hadolint's default configuration: its rules at their default levels (DL1001 is off). */
const HADOLINT_DEFAULT: LintConfig = { preset: "hadolint" };

function findings(code: string, lines: string[], config: LintConfig, ruleSet: readonly Rule[] = SMALL) {
  // Text.unlines: every line ends with a newline
  const text = lines.map((l) => `${l}\n`).join("");
  return lint(text, { config: resolveConfig(config, ruleSet) }).findings.filter((f) =>
    f.aliases.includes(code),
  );
}

function catches(
  code: string,
  lines: string[],
  config = HADOLINT_DEFAULT,
  ruleSet: readonly Rule[] = SMALL,
): void {
  const found = findings(code, lines, config, ruleSet);
  expect(found.length, `${code} should be reported`).toBeGreaterThan(0);
  for (const f of found) expect(f.line).toBeGreaterThan(0);
}

function catchesNot(
  code: string,
  lines: string[],
  config = HADOLINT_DEFAULT,
  ruleSet: readonly Rule[] = SMALL,
): void {
  expect(findings(code, lines, config, ruleSet).map((f) => `${f.line}:${f.rule}`)).toEqual([]);
}

describe("PragmaSpec: rules can be ignored with inline comments", () => {
  it("the small rule set really has the rules the cases are about", () => {
    expect(SMALL.map((r) => r.meta.name).sort()).toEqual([
      "copy-dest-missing-slash",
      "copy-from-own-stage",
      "inline-ignore-pragma",
      "last-user-root",
      "pointless-command-in-run",
    ]);
    // and DL3002 fires on the bare Dockerfile, so the "not caught" cases below mean something
    catches("DL3002", ["FROM ubuntu", "USER root"]);
    catches("DL3023", ["FROM node as foo", "COPY --from=foo bar baz ."]);
    catches("DL3021", ["FROM node as foo", "COPY --from=foo bar baz ."]);
  });

  it("ignores single rule", () => {
    catchesNot("DL3002", ["FROM ubuntu", "# hadolint ignore=DL3002", "USER root"]);
  });

  it("ignores only the given rule", () => {
    catches("DL3002", ["FROM scratch", "# hadolint ignore=DL3001", "USER root"]);
  });

  it("ignores only the given rule, when multiple passed", () => {
    catchesNot("DL3002", ["FROM scratch", "# hadolint ignore=DL3001,DL3002", "USER root"]);
  });

  it("ignores the rule only if directly above the instruction", () => {
    catches("DL3002", ["# hadolint ignore=DL3001,DL3002", "FROM ubuntu", "USER root"]);
  });

  it("won't ignore the rule if passed invalid rule names", () => {
    catches("DL3002", ["FROM scratch", "# hadolint ignore=crazy,DL3002", "USER root"]);
    // the same with every rule registered: "crazy" names none of them
    catches(
      "DL3002",
      ["FROM scratch", "# hadolint ignore=crazy,DL3002", "USER root"],
      HADOLINT_DEFAULT,
      rules,
    );
  });

  it("ignores multiple rules correctly, even with some extra whitespace", () => {
    const file = ["FROM node as foo", "# hadolint ignore=DL3023, DL3021", "COPY --from=foo bar baz ."];
    catchesNot("DL3023", file);
    catchesNot("DL3021", file);
  });
});

describe("PragmaSpec: rules can be ignored globally with global ignore pragma", () => {
  it("ignores single rule", () => {
    catchesNot("DL3002", ["# hadolint global ignore=DL3002", "FROM ubuntu", "USER root"]);
  });

  it("ignores multiple rules correctly, even with some extra whitespace", () => {
    const file = [
      "# hadolint global ignore = DL3023 , DL3021",
      "FROM node as foo",
      "COPY --from=foo bar baz .",
    ];
    catchesNot("DL3023", file);
    catchesNot("DL3021", file);
  });
});

describe("PragmaSpec: a comment can follow in the same line as a pragma", () => {
  it("pragma followed just by space", () => {
    catchesNot("DL3002", ["FROM ubuntu", "# hadolint ignore=DL3002 ", "USER root"]);
  });

  it("ingore pragma with comment", () => {
    catchesNot("DL3002", ["FROM ubuntu", "# hadolint ignore=DL3002 # foobar", "USER root"]);
  });

  it("shell pragma with comment", () => {
    const file = ["# hadolint shell=powershell # foobar", "FROM ubuntu"];
    // hadolint's default configuration (DL1001 off)...
    catchesNot("DL1001", file);
    // ...and with DL1001 on: a shell pragma is no ignore pragma, whatever follows it
    catchesNot("DL1001", file, { ...HADOLINT_DEFAULT, rules: { DL1001: "info" } });
    // the shell is read without the comment, and applies to every stage (it sits before the FROM)
    const { cst } = parse(file.map((l) => `${l}\n`).join(""));
    const { directives } = collectSuppressions(cst, analyze(cst).stages);
    expect(runShell(directives, 0, null)).toBe("powershell");
  });
});

describe("beyond PragmaSpec: the same grammar rules around the cases", () => {
  it("an ignore pragma is one under DL1001, and DL1001 is off in hadolint's default configuration", () => {
    const file = ["FROM ubuntu", "# hadolint ignore=DL3002", "USER root"];
    catchesNot("DL1001", file);
    catches("DL1001", file, { ...HADOLINT_DEFAULT, rules: { DL1001: "info" } });
  });

  it("text after the list without a '#' voids the pragma, as in hadolint's grammar", () => {
    catches("DL3002", ["FROM ubuntu", "# hadolint ignore=DL3002 because", "USER root"]);
  });

  it("our documented extensions stay: names and aliases, any case, and `all` in a hadolint pragma", () => {
    catchesNot("DL3002", ["FROM ubuntu", "# hadolint ignore=last-user-root", "USER root"]);
    catchesNot("DL3002", ["FROM ubuntu", "# hadolint ignore=dl3002", "USER root"]);
    catchesNot("DL3002", ["FROM ubuntu", "# hadolint ignore=all", "USER root"]);
    // a # shipshape list stays lenient: an unknown id matches nothing, the rest still applies
    catchesNot("DL3002", ["FROM ubuntu", "# shipshape ignore=crazy,DL3002", "USER root"]);
  });

  it("--disable-ignore-pragma turns every case above back into a finding", () => {
    const off = { ...HADOLINT_DEFAULT, disableIgnorePragma: true };
    catches("DL3002", ["FROM ubuntu", "# hadolint ignore=DL3002", "USER root"], off);
    catches("DL3002", ["# hadolint global ignore=DL3002", "FROM ubuntu", "USER root"], off);
  });
});
