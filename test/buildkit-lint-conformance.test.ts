/**
 * BuildKit's own lint suite (moby/buildkit frontend/dockerfile/dockerfile_check_test.go, formerly
 * dockerfile_lint_test.go) through the public `lint()` with `--preset buildkit`: the cases about the
 * `# check=` directive (file-wide and per instruction), skip/error/experimental handling, and
 * Dockerfiles where several checks fire at once. Each case states BuildKit's set of (check, line)
 * pairs; where BuildKit asserts a message, ours must carry the same facts. Single-check cases live in
 * each rule's own test file.
 *
 * BuildKit runs every case twice: as a build (only stages the target needs) and as the lint
 * subrequest (`docker build --check`: every stage). A static linter is the second; where the two
 * differ (testAllTargetUnmarshal, the unreachable stage of testLegacyKeyValueFormat) the expected
 * pairs are the subrequest's, at their real lines (BuildKit's unmarshal check does not compare lines).
 *
 * Not representable here: the `BUILDKIT_DOCKERFILE_CHECK` build argument that replaces the file's
 * directive (two cases of testRuleCheckOption), build errors themselves (BuildKit's "lint violation
 * found for rules: ..."; here error=true raises the findings to errors, which fails the run), and
 * testBaseImagePlatformMismatch (needs a registry and a pulled image of another platform).
 */
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/core/lint/config.js";
import { type LintFinding, lint } from "../src/core/lint/engine.js";
import { rules } from "../src/core/rules/index.js";

const config = resolveConfig({ preset: "buildkit" }, rules);

/** BuildKit's name of the check behind a finding (our rule name when it is not a BuildKit check). */
function checkName(f: LintFinding): string {
  const rule = rules.find((r) => r.meta.name === f.rule);
  return rule?.meta.sources.find((s) => s.tool === "buildkit")?.id ?? f.rule;
}

function run(code: string, dockerignore?: string): LintFinding[] {
  return lint(code, { config, buildContext: dockerignore === undefined ? {} : { dockerignore } }).findings;
}

/** The (check, line) pairs, sorted as BuildKit's test sorts them: by line, then by name. */
function pairs(code: string, dockerignore?: string): string[] {
  return run(code, dockerignore)
    .map((f) => ({ name: checkName(f), line: f.line }))
    .sort((a, b) => a.line - b.line || a.name.localeCompare(b.name))
    .map((p) => `${p.name}:${p.line}`);
}

interface Case {
  name: string;
  code: string;
  dockerignore?: string;
  expected: string[];
}

function table(cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(pairs(c.code, c.dockerignore)).toEqual(c.expected);
    });
  }
}

describe("testRuleCheckOption: the # check= parser directive", () => {
  const body = "FROM scratch as base\ncopy Dockerfile .\n";
  table([
    {
      name: "no directive: both casing checks",
      code: `\n${body}`,
      expected: ["FromAsCasing:2", "ConsistentInstructionCasing:3"],
    },
    { name: "skip=all", code: `#check=skip=all\n${body}`, expected: [] },
    { name: "skip=all;error=true", code: `#check=skip=all;error=true\n${body}`, expected: [] },
    {
      name: "skip=ConsistentInstructionCasing,FromAsCasing",
      code: `#check=skip=ConsistentInstructionCasing,FromAsCasing\n${body}`,
      expected: [],
    },
    {
      name: "skip=ConsistentInstructionCasing,FromAsCasing;error=true",
      code: `#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\n${body}`,
      expected: [],
    },
    {
      name: "skip=ConsistentInstructionCasing",
      code: `#check=skip=ConsistentInstructionCasing\n${body}`,
      expected: ["FromAsCasing:2"],
    },
    {
      name: "skip=ConsistentInstructionCasing;error=true",
      code: `#check=skip=ConsistentInstructionCasing;error=true\n${body}`,
      expected: ["FromAsCasing:2"],
    },
  ]);

  it("BuildKit's message for the remaining check", () => {
    const [f] = run(`#check=skip=ConsistentInstructionCasing\n${body}`);
    expect(f?.message).toBe("'as' and 'FROM' keywords' casing do not match");
  });

  it("every check is a warning (BuildKit level 1), whatever another source rates it", () => {
    const findings = run(
      "\nFROM scratch AS b\nMAINTAINER me@example.org\nFROM scratch AS b\nCMD run\nENV k v\nFROM scratch as BAD\n",
    );
    expect(findings.map((f) => `${checkName(f)}:${f.severity}`).sort()).toEqual([
      "DuplicateStageName:warning",
      "FromAsCasing:warning",
      "JSONArgsRecommended:warning",
      "LegacyKeyValueFormat:warning",
      "MaintainerDeprecated:warning",
      "StageNameCasing:warning",
    ]);
  });

  it("error=true: the violations fail the run (BuildKit: 'lint violation found for rules: FromAsCasing')", () => {
    const findings = run(`#check=skip=ConsistentInstructionCasing;error=true\n${body}`);
    expect(findings.map((f) => `${checkName(f)}:${f.line}:${f.severity}`)).toEqual(["FromAsCasing:2:error"]);
  });

  it("error=true with every violation skipped: nothing fails", () => {
    expect(run(`#check=skip=all;error=true\n${body}`)).toEqual([]);
  });
});

describe("# check=skip= on the comment right above an instruction or a FROM", () => {
  table([
    {
      name: "testSecretsUsedInArgOrEnv (dockerfile 1.21+)",
      code: "# check=skip=InvalidDefinitionDescription\n\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\nARG SECRET_PASSPHRASE_FILE\nENV password_file=bar secret_File=baz\nARG AUTH_MODULE_VERSION\n# check=skip=SecretsUsedInArgOrEnv // allow secret in environment\nENV password=bar\n# check=skip=SecretsUsedInArgOrEnv // allow secret in arg\nARG password\n# check=skip=all // is local to only this instruction\nENV alternate_password=bar\n# check=skip=all // is local to only this instruction\nARG alternate_password\n",
      expected: [
        "SecretsUsedInArgOrEnv:4",
        "SecretsUsedInArgOrEnv:5",
        "SecretsUsedInArgOrEnv:6",
        "SecretsUsedInArgOrEnv:6",
        "SecretsUsedInArgOrEnv:7",
        "SecretsUsedInArgOrEnv:7",
        "SecretsUsedInArgOrEnv:8",
        "SecretsUsedInArgOrEnv:9",
      ],
    },
    {
      name: "testMaintainerDeprecated: skip JSONArgsRecommended above CMD",
      code: "\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n",
      expected: [],
    },
    {
      name: "testMaintainerDeprecated: skip JSONArgsRecommended above ENTRYPOINT",
      code: "\nFROM scratch\n# check=skip=JSONArgsRecommended\nENTRYPOINT mycommand\n",
      expected: [],
    },
    {
      name: "testMaintainerDeprecated: skip MaintainerDeprecated",
      code: "\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n",
      expected: [],
    },
    {
      name: "testWorkdirRelativePath: skip above WORKDIR",
      code: "\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n",
      expected: [],
    },
    {
      name: "testLegacyKeyValueFormat: skip above ENV and LABEL",
      code: "\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n# check=skip=LegacyKeyValueFormat\nLABEL key value\n",
      expected: [],
    },
    {
      name: "testRedundantTargetPlatform: skip above FROM",
      code: "\n# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n",
      expected: [],
    },
    {
      name: "a skip above one instruction leaves the next one",
      code: "\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\nLABEL key value\n",
      expected: ["LegacyKeyValueFormat:5"],
    },
  ]);

  it("the messages name the instruction and the key", () => {
    const messages = run("\nFROM scratch\nARG SECRET_PASSPHRASE\nENV git_key=\n").map((f) => f.message);
    expect(messages[0]).toContain('(ARG "SECRET_PASSPHRASE")');
    expect(messages[1]).toContain('(ENV "git_key")');
  });
});

describe("experimental checks: # check=experimental=", () => {
  const good =
    "# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n";
  const bad =
    "# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n";
  table([
    {
      name: "testDefinitionDescription: good descriptions (skip=all;experimental=...)",
      code: `# check=skip=all;experimental=InvalidDefinitionDescription\n${good}`,
      expected: [],
    },
    {
      name: "testDefinitionDescription: good descriptions (experimental=...)",
      code: `# check=experimental=InvalidDefinitionDescription\n${good}`,
      expected: [],
    },
    {
      name: "testDefinitionDescription: bad descriptions",
      code: `# check=experimental=InvalidDefinitionDescription\n${bad}`,
      expected: [
        "InvalidDefinitionDescription:3",
        "InvalidDefinitionDescription:5",
        "InvalidDefinitionDescription:7",
        "InvalidDefinitionDescription:9",
      ],
    },
    {
      name: "experimental=all",
      code: `# check=experimental=all\n${bad}`,
      expected: [
        "InvalidDefinitionDescription:3",
        "InvalidDefinitionDescription:5",
        "InvalidDefinitionDescription:7",
        "InvalidDefinitionDescription:9",
      ],
    },
    { name: "an experimental check is off unless the file asks", code: `\n${bad}`, expected: [] },
  ]);

  it("BuildKit's details", () => {
    const messages = run(`# check=experimental=InvalidDefinitionDescription\n${bad}`).map((f) => f.message);
    expect(messages).toEqual([
      "Comment for ARG should follow the format: `# foo <description>`",
      "Comment for FROM should follow the format: `# base <description>`",
      "Comment for ARG should follow the format: `# version <description>`",
      "Comment for ARG should follow the format: `# <arg_key> <description>`",
    ]);
  });

  // BuildKit's Linter.Run applies `skip` only to non-experimental checks, so an experimental check
  // the file enables still runs under skip=all.
  it("skip=all does not silence an experimental check the file enables", () => {
    expect(pairs(`# check=skip=all;experimental=InvalidDefinitionDescription\n${bad}`)).toHaveLength(4);
  });
});

describe("testCopyIgnoredFiles: .dockerignore and the directive", () => {
  const code = "\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n";
  table([
    // stable since dockerfile 1.21 (experimental before: the older suite expected no warnings here)
    {
      name: "on by default",
      code,
      dockerignore: "\nDockerfile\n",
      expected: ["CopyIgnoredFile:3", "CopyIgnoredFile:4"],
    },
    {
      name: "experimental=CopyIgnoredFile (the older suite's opt-in) changes nothing",
      code: `# check=experimental=CopyIgnoredFile${code}`,
      dockerignore: "\nDockerfile\n",
      expected: ["CopyIgnoredFile:3", "CopyIgnoredFile:4"],
    },
    {
      name: "skip=CopyIgnoredFile",
      code: "# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n",
      dockerignore: "\nDockerfile\n",
      expected: [],
    },
    {
      name: "a stable check is skipped by skip=all even when named in experimental=",
      code: `# check=skip=all;experimental=CopyIgnoredFile${code}`,
      dockerignore: "\nDockerfile\n",
      expected: [],
    },
  ]);

  it("BuildKit's details", () => {
    expect(run(code, "\nDockerfile\n").map((f) => f.message)).toEqual([
      'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore',
      'Attempting to Add file "Dockerfile" that is excluded by .dockerignore',
    ]);
  });
});

describe("several checks in one Dockerfile", () => {
  table([
    {
      name: "testStageName: stage name casing and 'as' casing",
      code: "\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n",
      expected: ["StageNameCasing:4", "FromAsCasing:8"],
    },
    {
      name: "testStageName: 'AS' with 'from'",
      code: "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n",
      expected: ["FromAsCasing:4"],
    },
    {
      name: "testConsistentInstructionCasing: a mixed-case FROM gets no FromAsCasing",
      code: "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n",
      expected: ["ConsistentInstructionCasing:4"],
    },
    {
      name: "testConsistentInstructionCasing: frOM with lower-case as",
      code: "\n# warning: 'frOM' should be either lowercased or uppercased\n#\nfrOM scratch as base\nfrom scratch as base2\n",
      expected: ["ConsistentInstructionCasing:4"],
    },
    {
      name: "testConsistentInstructionCasing: a heredoc body is not an instruction",
      code: "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n",
      expected: [],
    },
    {
      name: "testWarningsBeforeError: warnings, then the parse error",
      code: "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n",
      expected: ["StageNameCasing:2", "MaintainerDeprecated:3", "syntax-error:4"],
    },
    {
      name: "testAllTargetUnmarshal: every stage is checked",
      code: "\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n",
      expected: ["UndefinedVar:3", "UndefinedVar:6"],
    },
    {
      name: "testLegacyKeyValueFormat: a stage no target needs is checked",
      code: "\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n",
      expected: ["LegacyKeyValueFormat:5", "LegacyKeyValueFormat:6"],
    },
    {
      name: "testNoEmptyContinuation: once per instruction, on its last line",
      code: "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n",
      expected: ["NoEmptyContinuation:6"],
    },
    {
      name: "testUndeclaredArg: a typo in --platform",
      code: "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n",
      expected: ["UndefinedArgInFrom:2"],
    },
    {
      name: "testUndeclaredArg: a typo in a platform with a constant part",
      code: "\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n\t",
      expected: ["UndefinedArgInFrom:4"],
    },
  ]);

  it("testWarningsBeforeError: the parse error names the instruction", () => {
    const error = run("\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n").find(
      (f) => f.rule === "syntax-error",
    );
    expect(error?.message).toContain("unknown instruction: BADCMD");
    expect(error?.severity).toBe("error");
  });

  it("testConsistentInstructionCasing: BuildKit's details", () => {
    expect(run("\n#\nFrom scratch as base\nFROM scratch AS base2\n").map((f) => f.message)).toEqual([
      "Command 'From' should match the case of the command majority (uppercase)",
    ]);
  });

  it("testStageName: BuildKit's details", () => {
    const code =
      "\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n";
    expect(run(code).map((f) => f.message)).toEqual([
      "Stage name 'BadStageName' should be lowercase",
      "'as' and 'FROM' keywords' casing do not match",
    ]);
  });

  it("testNoEmptyContinuation: the message points at the blank line", () => {
    const [f] = run("\nFROM scratch\nCOPY Dockerfile \\\n\n.\n");
    expect(f?.message).toMatch(/^Empty continuation line/);
    expect(f?.message).toContain("line 4");
  });
});
