/**
 * tally's ports of hadolint's rules (wharflab/tally, internal/rules/hadolint/dl*_test.go), run
 * through our public `lint()` with every rule on. Each case keeps its tally test's name
 * (`TestFunc/subtest`), its Dockerfile, and the number of findings (and their lines where tally
 * asserts them) of the rule whose `meta.sources` carries the DL id. Table-driven helper tests
 * (isRootUser, validatePortSpec, matchRegistry, ...) are ported as the smallest Dockerfile that
 * exercises the same input.
 *
 * hadolint's real behaviour is the reference: where tally differs, the case states hadolint's
 * result, with a comment naming both. Counts are of instructions flagged, hadolint's unit (its
 * simpleRule fails an instruction once; ours reports each offending command, port or package).
 * Where ours differs from hadolint by a documented design choice (it sees through `env`/`sudo`/
 * `sh -c`/path prefixes; ARG defaults are expanded; pwsh stages are not read as sh; ...), the case
 * states our result and the comment gives hadolint's. An exec-form RUN is read as its argv, one
 * command, as hadolint reads the array joined by spaces.
 *
 * Left out, with the reason:
 * - *_Metadata, *_Schema, *_ValidateConfig, TestDL3001Rule_CheckWithConfig/_CheckWithMapConfig,
 *   TestDL4001Rule_FixPreference*, TestDL3026Rule_ConfigFromMap, TestDL3026Rule_NoConfigDisablesRule
 *   (its "no config" is tally's rule config; ours is the same as any case without trusted
 *   registries): tally's metadata snapshots and config options.
 * - TestDL3001Rule_SuggestedFix, TestDL3003Rule_AutoFix, TestDL3003_FixSafety,
 *   TestDL3014_AutoFix, TestDL3020Rule_Fix, TestDL3027Rule_SuggestedFix, TestDL3038_AutoFix,
 *   TestDL3045Rule_Check_FixSuggestion, TestDL3046Rule_AutoFix, TestDL3047_AutoFix,
 *   TestDL4001Rule_SuggestedFix, TestDL4001Rule_WindowsLoweringAddsExeSuffix,
 *   TestDL4001Rule_AutoTieBreaks, TestDL4005Rule_Fix, TestDL4006Rule_Fix,
 *   TestDL4006Rule_SingleShellFixPerStage, and the fix halves of the location tests: tally's fix
 *   edits (text, safety, resolver). Where such a test also pins a count or a line, that part is
 *   ported (TestDL3003_FixLocationConsistency, TestDL3014_Onbuild*, TestDL3027_*, ...).
 * - TestDL3003_HeredocCoordination, TestDL4006Rule_HeredocCoordination: whether tally's fix is
 *   offered when its prefer-run-heredoc rule is on; the findings are the same as other cases here.
 * - TestDL3045Rule_PlanAsync/_Handler_*, TestDL3057Rule_PlanAsync/_Handler_*,
 *   TestDL3057Rule_RequiresSemantic: tally's registry look-ups and its internal model plumbing.
 * - TestIsServerlessImage, TestIsServerlessEntrypoint, TestIsShellOnlyArgs: helpers of tally's
 *   DL3057 suppressions, which hadolint does not have (the Check cases using them are ported with
 *   hadolint's result).
 * - TestImageRefFamiliarName, TestBasename: string helpers for tally's messages and DL3010's path
 *   handling, with no finding of their own (the Windows-path DL3010 cases cover the second).
 * - TestContainsSudo/"" and TestHasPipefailOption/"empty shell command": an empty RUN or SHELL []
 *   is a syntax error, not an input any rule sees.
 */
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/core/lint/config.js";
import { type LintFinding, lint } from "../src/core/lint/engine.js";
import { rules } from "../src/core/rules/index.js";
import { findingsFor, flaggedLines, hadolintRule } from "./support/hadolint-findings.js";

const config = resolveConfig({ preset: "all" }, rules);

/** The rule carrying a hadolint id. */
function ruleFor(dl: string): string {
  const name = hadolintRule(dl);
  if (!name) throw new Error(`no rule has ${dl}`);
  return name;
}

/** Findings of `dl`'s rule; a rule holding several DL ids tags each finding with its own (aliases[0]). */
function findings(code: string, dl: string, trusted?: string[]): LintFinding[] {
  const name = ruleFor(dl);
  const cfg = trusted ? resolveConfig({ preset: "all", trustedRegistries: trusted }, rules) : config;
  return findingsFor(lint(code, { config: cfg }).findings, name, dl);
}

interface Case {
  name: string;
  code: string;
  /** number of instructions hadolint flags */
  count: number;
  /** their lines, where tally asserts them */
  lines?: number[];
  /** trusted registries (DL3026) */
  trusted?: string[];
}

function table(dl: string, cases: Case[]): void {
  describe(`${dl} (${ruleFor(dl)})`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const found = findings(c.code, dl, c.trusted);
        const lines = flaggedLines(c.code, found);
        const show = found.map((f) => `${f.line}:${f.column} ${f.message}`);
        expect(lines, show.join("\n")).toHaveLength(c.count);
        if (c.lines) expect(lines).toEqual(c.lines);
      });
    }
  });
}

const U = "FROM ubuntu:22.04\n";

table("DL3001", [
  { name: "TestDL3001Rule_Check/invalid cmd top", code: `${U}RUN top\n`, count: 1 },
  {
    name: "TestDL3001Rule_Check/install ssh is not a violation",
    code: `${U}RUN apt-get install ssh\n`,
    count: 0,
  },
  { name: "TestDL3001Rule_Check/free command", code: `${U}RUN free -m\n`, count: 1 },
  { name: "TestDL3001Rule_Check/kill command", code: `${U}RUN kill -9 1234\n`, count: 1 },
  { name: "TestDL3001Rule_Check/mount command", code: `${U}RUN mount /dev/sda1 /mnt\n`, count: 1 },
  { name: "TestDL3001Rule_Check/ps command", code: `${U}RUN ps aux\n`, count: 1 },
  { name: "TestDL3001Rule_Check/service command", code: `${U}RUN service nginx start\n`, count: 1 },
  { name: "TestDL3001Rule_Check/shutdown command", code: `${U}RUN shutdown -h now\n`, count: 1 },
  { name: "TestDL3001Rule_Check/ssh command", code: `${U}RUN ssh user@host\n`, count: 1 },
  { name: "TestDL3001Rule_Check/vim command", code: `${U}RUN vim /etc/config\n`, count: 1 },
  {
    name: "TestDL3001Rule_Check/normal apt-get command",
    code: `${U}RUN apt-get update && apt-get install -y curl\n`,
    count: 0,
  },
  { name: "TestDL3001Rule_Check/echo command", code: `${U}RUN echo "hello"\n`, count: 0 },
  { name: "TestDL3001Rule_Check/invalid command as argument", code: `${U}RUN echo top\n`, count: 0 },
  {
    name: "TestDL3001Rule_Check/invalid command in pipeline",
    code: `${U}RUN echo "data" | ssh user@host\n`,
    count: 1,
  },
  { name: "TestDL3001Rule_Check/invalid command with &&", code: `${U}RUN apt-get update && top\n`, count: 1 },
  {
    name: "TestDL3001Rule_Check/multiple invalid commands",
    code: `${U}RUN top && ps aux\n`, // one per RUN in hadolint and tally (simpleRule); ours reports each command, counted here per instruction
    count: 1,
  },
  {
    name: "TestDL3001Rule_Check/repeated invalid command is deduplicated in message",
    code: `${U}RUN top && ps aux && top\n`,
    count: 1,
  },
  {
    name: "TestDL3001Rule_Check/multi-stage no violation",
    code: "FROM ubuntu:22.04 AS builder\nRUN apt-get update\n\nFROM alpine:3.18\nRUN apk add curl\n",
    count: 0,
  },
  {
    name: "TestDL3001Rule_Check/exec form with invalid command",
    code: `${U}RUN ["top"]\n`,
    count: 1,
  },
  {
    name: "TestDL3001Rule_Check/exec form with valid command",
    code: `${U}RUN ["apt-get", "update"]\n`,
    count: 0,
  },
  {
    name: "TestDL3001Rule_Check/invalid command via env wrapper",
    code: `${U}RUN env top\n`, // hadolint: 0 (ShellCheck's getCommandName names `env`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3001Rule_Check/invalid command via sh -c wrapper",
    code: `${U}RUN sh -c 'top'\n`, // hadolint: 0 (the command is `sh`, its string is not parsed); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3001Rule_Check/install package named like invalid command",
    code: `${U}RUN apt-get install -y vim\n`,
    count: 0,
  },
  { name: "TestDL3001Rule_Check/onbuild with invalid command", code: `${U}ONBUILD RUN top\n`, count: 1 },
  {
    name: "TestDL3001Rule_Check/onbuild with valid command",
    code: `${U}ONBUILD RUN apt-get install ssh\n`,
    count: 0,
  },
  { name: "TestDL3001Rule_DeduplicatesRepeatedCommands", code: `${U}RUN top && ps aux && top\n`, count: 1 },
]);

table("DL3002", [
  { name: "TestDL3002Rule_Check/last USER is root by name", code: `${U}USER root\n`, count: 1 },
  { name: "TestDL3002Rule_Check/last USER is root by UID", code: `${U}USER 0\n`, count: 1 },
  { name: "TestDL3002Rule_Check/last USER is root with group", code: `${U}USER root:root\n`, count: 1 },
  { name: "TestDL3002Rule_Check/last USER is root UID with GID", code: `${U}USER 0:0\n`, count: 1 },
  {
    name: "TestDL3002Rule_Check/last USER is non-root",
    code: `${U}RUN useradd -m appuser\nUSER appuser\n`,
    count: 0,
  },
  {
    name: "TestDL3002Rule_Check/switches to root then back to non-root",
    code: `${U}RUN useradd -m appuser\nUSER root\nRUN apt-get update\nUSER appuser\n`,
    count: 0,
  },
  {
    name: "TestDL3002Rule_Check/switches to non-root then back to root",
    code: `${U}RUN useradd -m appuser\nUSER appuser\nUSER root\n`,
    count: 1,
  },
  { name: "TestDL3002Rule_Check/no USER instruction", code: `${U}RUN echo hello\n`, count: 0 },
  { name: "TestDL3002Rule_Check/numeric non-root UID", code: `${U}USER 1000\n`, count: 0 },
  { name: "TestDL3002Rule_Check/non-root with group", code: `${U}USER appuser:appgroup\n`, count: 0 },
  {
    name: "TestDL3002Rule_Check/case insensitive root check",
    code: `${U}USER ROOT\n`, // tally expects 1; hadolint does 0 (DL3002.hs isRoot compares with "root"/"0" exactly, and USER names are case-sensitive)
    count: 0,
  },
  {
    name: "TestDL3002Rule_Check/multi-stage only checks final stage",
    code: "FROM ubuntu:22.04 AS builder\nUSER root\nRUN make build\n\nFROM alpine:3.18\nRUN adduser -D appuser\nUSER appuser\nCOPY --from=builder /app/bin /app/bin\n",
    // tally expects 0; hadolint does 1 (DL3002.hs keeps the last root USER of every stage, not only the final one)
    count: 1,
  },
  {
    name: "TestDL3002Rule_Check/multi-stage final stage has root",
    code: "FROM ubuntu:22.04 AS builder\nUSER appuser\nRUN make build\n\nFROM alpine:3.18\nUSER root\n",
    count: 1,
  },
  {
    name: "TestDL3002Rule_Check/first stage ends with root but final stage has non-root",
    code: "FROM debian as base\nUSER root\nRUN something\nUSER foo\n\nFROM scratch\nRUN something else\n",
    count: 0,
  },
  {
    name: "TestDL3002Rule_Check/intermediate stage root - we only check final stage",
    code: "FROM debian as base\nUSER root\nRUN something\n\nFROM scratch\nUSER foo\nRUN something else\n",
    // tally expects 0; hadolint does 1 (DL3002.hs keeps the last root USER of every stage, not only the final one)
    count: 1,
  },
  ...(
    [
      ["root", 1],
      // tally expects 1; hadolint does 0 (DL3002.hs isRoot compares with "root"/"0" exactly)
      ["ROOT", 0],
      ["Root", 0],
      ["0", 1],
      ["root:root", 1],
      ["0:0", 1],
      ["root:wheel", 1],
      ["0:wheel", 1],
      ["appuser", 0],
      ["1000", 0],
      ["appuser:appgroup", 0],
      ["1000:1000", 0],
      ["  root  ", 1],
      ["nobody", 0],
      ["www-data", 0],
    ] as const
  ).map(([user, count]) => ({ name: `TestIsRootUser/${user}`, code: `${U}USER ${user}\n`, count })),
]);

table("DL3003", [
  { name: "TestDL3003Rule_Check/ok using WORKDIR", code: "FROM ubuntu\nWORKDIR /opt", count: 0 },
  { name: "TestDL3003Rule_Check/not ok using cd", code: "FROM ubuntu\nRUN cd /opt", count: 1 },
  {
    name: "TestDL3003Rule_Check/cd with chained command",
    code: "FROM ubuntu\nRUN cd /app && make build",
    count: 1,
  },
  {
    name: "TestDL3003Rule_Check/cd at end of chain (useless but still flagged)",
    code: "FROM ubuntu\nRUN make build && cd /app",
    count: 1,
  },
  {
    name: "TestDL3003Rule_Check/multiple cd commands",
    code: "FROM ubuntu\nRUN cd /app && cd /other",
    count: 1,
  },
  { name: "TestDL3003Rule_Check/no cd command", code: "FROM ubuntu\nRUN echo hello", count: 0 },
  { name: "TestDL3003Rule_Check/cd in subshell", code: "FROM ubuntu\nRUN (cd /app && make)", count: 1 },
  { name: "TestDL3003Rule_Check/cd with environment variable", code: "FROM ubuntu\nRUN cd $HOME", count: 1 },
  {
    name: "TestDL3003Rule_Check/cd with quoted path",
    code: 'FROM ubuntu\nRUN cd "/path with spaces"',
    count: 1,
  },
  {
    name: "TestDL3003Rule_Check/multiple RUN instructions with cd",
    code: "FROM ubuntu\nRUN cd /app\nRUN cd /other",
    count: 2,
  },
  {
    name: "TestDL3003Rule_Check/WORKDIR followed by RUN without cd",
    code: "FROM ubuntu\nWORKDIR /app\nRUN make build",
    count: 0,
  },
  { name: "TestDL3003_FixLocationConsistency", code: "FROM ubuntu\nRUN cd /opt", count: 1, lines: [2] },
]);

table("DL3004", [
  { name: "TestDL3004Rule_Check/simple sudo usage", code: `${U}RUN sudo apt-get update\n`, count: 1 },
  {
    name: "TestDL3004Rule_Check/sudo at start of command",
    code: `${U}RUN sudo apt-get install -y curl\n`,
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/no sudo",
    code: `${U}RUN apt-get update && apt-get install -y curl\n`,
    count: 0,
  },
  {
    name: "TestDL3004Rule_Check/sudo in pipeline",
    code: `${U}RUN echo "password" | sudo -S apt-get update\n`,
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo with &&",
    code: `${U}RUN apt-get update && sudo apt-get install -y curl\n`,
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo in multiple commands",
    code: `${U}RUN sudo apt-get update\nRUN sudo apt-get install -y curl\n`,
    count: 2,
  },
  {
    name: "TestDL3004Rule_Check/sudo-like word in package name",
    code: `${U}RUN apt-get install -y sudo-utils\n`,
    count: 0,
  },
  {
    name: "TestDL3004Rule_Check/exec form with sudo",
    code: `${U}RUN ["sudo", "apt-get", "update"]\n`,
    count: 1,
  },
  { name: "TestDL3004Rule_Check/exec form without sudo", code: `${U}RUN ["apt-get", "update"]\n`, count: 0 },
  {
    name: "TestDL3004Rule_Check/multi-stage with sudo",
    code: "FROM ubuntu:22.04 AS builder\nRUN sudo apt-get update\n\nFROM alpine:3.18\nRUN apk add curl\n",
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo after semicolon",
    code: `${U}RUN echo "setup"; sudo apt-get update\n`,
    count: 1,
  },
  { name: "TestDL3004Rule_Check/sudo in subshell", code: `${U}RUN (sudo apt-get update)\n`, count: 1 },
  {
    name: "TestDL3004Rule_Check/sudo with env var",
    code: `${U}RUN DEBIAN_FRONTEND=noninteractive sudo apt-get update\n`,
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/multiline RUN with sudo",
    code: `${U}RUN apt-get update \\\n    && sudo apt-get install -y curl\n`,
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo via env wrapper",
    code: `${U}RUN env sudo apt-get update\n`, // hadolint: 0 (the command is `env`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo via nice wrapper",
    code: `${U}RUN nice -n 10 sudo apt-get update\n`,
    // hadolint: 0 (the command is `nice`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo via timeout wrapper",
    code: `${U}RUN timeout 60 sudo apt-get update\n`,
    // hadolint: 0 (the command is `timeout`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo via sh -c wrapper",
    code: `${U}RUN sh -c 'sudo apt-get update'\n`,
    // hadolint: 0 (the command is `sh`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo via bash -c wrapper",
    code: `${U}RUN bash -c "sudo apt-get update"\n`,
    // hadolint: 0 (the command is `bash`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3004Rule_Check/sudo via nested wrappers",
    code: `${U}RUN env nice sudo apt-get update\n`,
    // hadolint: 0 (the command is `env`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  ...(
    [
      ["sudo apt-get update", 1],
      ["apt-get update", 0],
      ["echo sudo", 0],
      ["apt-get install sudo", 0],
      ["sudo -u user cmd", 1],
      ["echo 'use sudo here'", 0],
      ["DEBIAN_FRONTEND=noninteractive sudo apt", 1],
      ["  sudo  ", 1],
      // hadolint: 0 for the wrapped forms below (the command is env/nice/timeout/sh/bash); ours sees
      // through wrappers by design (src/core/shell/commands/argv.ts)
      ["env sudo apt-get", 1],
      ["nice sudo apt-get", 1],
      ["nice -n 10 sudo apt-get", 1],
      ["timeout 60 sudo apt-get", 1],
      ["sh -c 'sudo apt-get'", 1],
      ["bash -c 'sudo apt-get'", 1],
      ["env nice sudo apt-get", 1],
    ] as const
  ).map(([cmd, count]) => ({ name: `TestContainsSudo/${cmd}`, code: `${U}RUN ${cmd}\n`, count })),
]);

const DIGEST = "sha256:abc123def456abc123def456abc123def456abc123def456abc123def456abc1";

table("DL3006", [
  { name: "TestDL3006Rule_Check/untagged image", code: "FROM ubuntu\n", count: 1 },
  { name: "TestDL3006Rule_Check/untagged image with AS name", code: "FROM debian AS builder\n", count: 1 },
  { name: "TestDL3006Rule_Check/tagged with version", code: "FROM ubuntu:22.04\n", count: 0 },
  { name: "TestDL3006Rule_Check/tagged with latest", code: "FROM ubuntu:latest\n", count: 0 },
  { name: "TestDL3006Rule_Check/image with digest", code: "FROM ubuntu@sha256:abcdef1234567890\n", count: 0 },
  { name: "TestDL3006Rule_Check/scratch base image", code: "FROM scratch\n", count: 0 },
  {
    name: "TestDL3006Rule_Check/multi-stage with untagged",
    code: "FROM ubuntu AS builder\nFROM alpine\n",
    count: 2,
  },
  {
    name: "TestDL3006Rule_Check/multi-stage with mixed tags",
    code: "FROM ubuntu:22.04 AS builder\nFROM alpine\n",
    count: 1,
  },
  {
    name: "TestDL3006Rule_Check/multi-stage referencing stage",
    code: "FROM ubuntu AS builder\nFROM builder AS final\n",
    count: 1,
  },
  {
    name: "TestDL3006Rule_Check/fully qualified image without tag",
    code: "FROM docker.io/library/ubuntu\n",
    count: 1,
  },
  {
    name: "TestDL3006Rule_Check/fully qualified image with tag",
    code: "FROM docker.io/library/ubuntu:22.04\n",
    count: 0,
  },
  {
    name: "TestDL3006Rule_Check/private registry without tag",
    code: "FROM gcr.io/myproject/myimage\n",
    count: 1,
  },
  {
    name: "TestDL3006Rule_Check/private registry with tag",
    code: "FROM gcr.io/myproject/myimage:v1.0\n",
    count: 0,
  },
  {
    name: "TestDL3006Rule_Check/arg in image name",
    code: "ARG BASE_IMAGE=ubuntu\nFROM ${BASE_IMAGE}\n",
    count: 0,
  },
  ...(
    [
      ["ubuntu", 1],
      ["ubuntu:latest", 0],
      ["ubuntu:22.04", 0],
      [`ubuntu@${DIGEST}`, 0],
      ["docker.io/library/ubuntu", 1],
      ["docker.io/library/ubuntu:22.04", 0],
      ["gcr.io/project/image", 1],
      ["gcr.io/project/image:v1", 0],
      ["localhost:5000/myimage", 1],
      ["localhost:5000/myimage:latest", 0],
    ] as const
  ).map(([image, count]) => ({
    name: `TestImageRefHasExplicitVersion/${image}`,
    code: `FROM ${image}\n`,
    count,
  })),
]);

table("DL3007", [
  { name: "TestDL3007Rule_Check/image with :latest tag", code: "FROM ubuntu:latest\n", count: 1 },
  { name: "TestDL3007Rule_Check/untagged image", code: "FROM ubuntu\n", count: 0 },
  { name: "TestDL3007Rule_Check/tagged with specific version", code: "FROM ubuntu:22.04\n", count: 0 },
  { name: "TestDL3007Rule_Check/image with digest", code: "FROM ubuntu@sha256:abcdef1234567890\n", count: 0 },
  { name: "TestDL3007Rule_Check/scratch base image", code: "FROM scratch\n", count: 0 },
  {
    name: "TestDL3007Rule_Check/multi-stage with latest",
    code: "FROM ubuntu:latest AS builder\nFROM alpine:latest\n",
    count: 2,
  },
  {
    name: "TestDL3007Rule_Check/multi-stage mixed",
    code: "FROM ubuntu:22.04 AS builder\nFROM alpine:latest\n",
    count: 1,
  },
  {
    name: "TestDL3007Rule_Check/multi-stage referencing stage",
    code: "FROM ubuntu:latest AS builder\nFROM builder AS final\n",
    count: 1,
  },
  {
    name: "TestDL3007Rule_Check/fully qualified image with :latest",
    code: "FROM docker.io/library/ubuntu:latest\n",
    count: 1,
  },
  {
    name: "TestDL3007Rule_Check/fully qualified image with specific tag",
    code: "FROM docker.io/library/ubuntu:22.04\n",
    count: 0,
  },
  {
    name: "TestDL3007Rule_Check/private registry with :latest",
    code: "FROM gcr.io/myproject/myimage:latest\n",
    count: 1,
  },
  {
    name: "TestDL3007Rule_Check/private registry with specific tag",
    code: "FROM gcr.io/myproject/myimage:v1.0\n",
    count: 0,
  },
  {
    name: "TestDL3007Rule_Check/arg in image name",
    code: "ARG BASE_IMAGE=ubuntu:latest\nFROM ${BASE_IMAGE}\n",
    // tally and hadolint: 0 (DL3007.hs reads the tag as written); ours checks the reference with ARG defaults expanded, by design (image-tag-latest.md)
    count: 1,
  },
  {
    name: "TestDL3007Rule_Check/explicit latest with name",
    code: "FROM debian:latest AS builder\n",
    count: 1,
  },
  {
    name: "TestDL3007Rule_Check/explicit tagged with name",
    code: "FROM debian:jessie AS builder\n",
    count: 0,
  },
  {
    name: "TestDL3007Rule_Check/explicit SHA pins the image",
    code: "FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n",
    count: 0,
  },
  {
    name: "TestDL3007Rule_Check/tag and SHA - digest pins even with latest tag",
    code: "FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n",
    count: 0,
  },
  ...(
    [
      ["ubuntu", 0],
      ["ubuntu:latest", 1],
      ["ubuntu:22.04", 0],
      [`ubuntu@${DIGEST}`, 0],
      ["docker.io/library/ubuntu:latest", 1],
      ["docker.io/library/ubuntu:22.04", 0],
      ["gcr.io/project/image:latest", 1],
      ["gcr.io/project/image:v1", 0],
      ["localhost:5000/myimage:latest", 1],
      ["localhost:5000/myimage:stable", 0],
    ] as const
  ).map(([image, count]) => ({ name: `TestImageRefIsLatestTag/${image}`, code: `FROM ${image}\n`, count })),
]);

table("DL3010", [
  {
    name: "TestDL3010Rule_Check/catch: copy archive then extract 1",
    code: `${U}COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: copy archive then extract 2",
    code: `${U}COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: copy archive then extract 3",
    code: `${U}COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: copy archive then extract windows paths 1",
    code: `${U}COPY build\\foo\\bar.tar.gz /tmp/\nRUN tar -xf /tmp/bar.tar.gz\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: copy archive then extract windows paths 2",
    code: `${U}COPY build\\foo\\bar.tar.gz /tmp/foo.tar.gz\nRUN tar -xf foo.tar.gz\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/ignore: copy archive without extract",
    code: `${U}COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\n`,
    count: 0,
  },
  {
    name: "TestDL3010Rule_Check/ignore: non archive",
    code: `${U}COPY package.json /usr/src/app\n`,
    count: 0,
  },
  {
    name: "TestDL3010Rule_Check/ignore: copy from previous stage",
    code: "FROM ubuntu:22.04 AS builder\nRUN echo hello\nFROM debian:11\nCOPY --from=builder /usr/local/share/some.tar /opt/some.tar\n",
    count: 0,
  },
  {
    name: "TestDL3010Rule_Check/catch: zcat extraction",
    code: `${U}COPY data.gz /tmp/\nRUN zcat /tmp/data.gz > /tmp/data\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: gunzip extraction",
    code: `${U}COPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: tar with long extract flag",
    code: `${U}COPY app.tar /tmp/\nRUN tar --extract -f /tmp/app.tar\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: tar with --get flag",
    code: `${U}COPY app.tar /tmp/\nRUN tar --get -f /tmp/app.tar\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: tar with combined flags -xzf",
    code: `${U}COPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/ignore: tar without extract flag (create)",
    code: `${U}COPY app.tar /tmp/\nRUN tar -cf /tmp/output.tar /tmp/app.tar\n`,
    count: 0,
  },
  {
    name: "TestDL3010Rule_Check/ignore: tar extracts different archive",
    code: `${U}COPY app.tar /tmp/\nRUN tar -xf /tmp/other.tar\n`,
    count: 0,
  },
  {
    name: "TestDL3010Rule_Check/catch: multiple archive extensions .tar.gz",
    code: `${U}COPY app.tar.gz /tmp/\nRUN tar -xf /tmp/app.tar.gz\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: .xz extension",
    code: `${U}COPY data.xz /tmp/\nRUN unxz /tmp/data.xz\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: .bz2 extension",
    code: `${U}COPY data.bz2 /tmp/\nRUN bunzip2 /tmp/data.bz2\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/ignore: different stage resets tracking",
    code: "FROM ubuntu:22.04 AS build\nCOPY app.tar /tmp/\nFROM debian:11\nRUN tar -xf /tmp/app.tar\n",
    count: 0,
  },
  {
    name: "TestDL3010Rule_Check/catch: multiple archives one extracted",
    code: `${U}COPY app.tar /tmp/\nCOPY data.json /tmp/\nRUN tar -xf /tmp/app.tar\n`,
    count: 1,
  },
  {
    name: "TestDL3010Rule_Check/catch: target is archive name",
    code: `${U}COPY src/app.tar.gz /app.tar.gz\nRUN tar -xf /app.tar.gz\n`,
    count: 1,
  },
  ...(
    [
      ["app.tar", 1],
      ["app.tar.gz", 1],
      ["app.tgz", 1],
      ["app.tar.bz2", 1],
      ["app.tbz2", 1],
      ["app.tar.xz", 1],
      ["app.txz", 1],
      ["app.gz", 1],
      ["app.bz2", 1],
      ["app.xz", 1],
      ["app.lz", 1],
      ["app.lzma", 1],
      ["app.Z", 1],
      ["app.tZ", 1],
      ["app.zip", 0],
      ["package.json", 0],
      ["README.md", 0],
      ["app.tar.gz.sig", 0],
    ] as const
  ).map(([file, count]) => ({
    name: `TestIsArchive/${file}`,
    code: `${U}COPY ${file} /tmp/\nRUN tar -xf /tmp/${file}\n`,
    count,
  })),
]);

const A = "FROM alpine:3.18\n";

table("DL3011", [
  { name: "TestDL3011Rule_Check/invalid single port", code: `${A}EXPOSE 80000\n`, count: 1 },
  { name: "TestDL3011Rule_Check/valid single port", code: `${A}EXPOSE 60000\n`, count: 0 },
  { name: "TestDL3011Rule_Check/valid port variable", code: `${A}EXPOSE \${FOOBAR}\n`, count: 0 },
  { name: "TestDL3011Rule_Check/invalid port in range", code: `${A}EXPOSE 40000-80000/tcp\n`, count: 1 },
  { name: "TestDL3011Rule_Check/valid port range", code: `${A}EXPOSE 40000-60000/tcp\n`, count: 0 },
  {
    name: "TestDL3011Rule_Check/valid port range with variable",
    code: `${A}EXPOSE 40000-\${FOOBAR}\n`,
    count: 0,
  },
  { name: "TestDL3011Rule_Check/port at boundary 65535", code: `${A}EXPOSE 65535\n`, count: 0 },
  { name: "TestDL3011Rule_Check/port just over boundary 65536", code: `${A}EXPOSE 65536\n`, count: 1 },
  { name: "TestDL3011Rule_Check/port 0 is valid", code: `${A}EXPOSE 0\n`, count: 0 },
  { name: "TestDL3011Rule_Check/multiple valid ports", code: `${A}EXPOSE 80 443 8080\n`, count: 0 },
  {
    name: "TestDL3011Rule_Check/multiple invalid ports",
    code: `${A}EXPOSE 80000 90000\n`, // tally expects 2; hadolint does 1 (DL3011.hs: simpleRule, one failure per EXPOSE)
    count: 1,
  },
  { name: "TestDL3011Rule_Check/mixed valid and invalid ports", code: `${A}EXPOSE 80 80000 443\n`, count: 1 },
  { name: "TestDL3011Rule_Check/port with tcp protocol valid", code: `${A}EXPOSE 8080/tcp\n`, count: 0 },
  { name: "TestDL3011Rule_Check/port with udp protocol valid", code: `${A}EXPOSE 53/udp\n`, count: 0 },
  { name: "TestDL3011Rule_Check/invalid port with protocol", code: `${A}EXPOSE 70000/tcp\n`, count: 1 },
  {
    name: "TestDL3011Rule_Check/port range both ends invalid",
    code: `${A}EXPOSE 70000-80000/tcp\n`,
    // tally expects 2; hadolint does 1 (DL3011.hs: simpleRule, one failure per EXPOSE)
    count: 1,
  },
  { name: "TestDL3011Rule_Check/port range start invalid", code: `${A}EXPOSE 70000-60000/tcp\n`, count: 1 },
  {
    name: "TestDL3011Rule_Check/multi-stage dockerfile",
    code: "FROM alpine:3.18 AS builder\nEXPOSE 80000\n\nFROM alpine:3.18\nEXPOSE 443\n",
    count: 1,
  },
  { name: "TestDL3011Rule_Check/variable at start of range", code: `${A}EXPOSE \${START}-60000\n`, count: 0 },
  {
    name: "TestDL3011Rule_Check/invalid port with uppercase protocol (overlap with ExposeProtoCasing)",
    code: `${A}EXPOSE 70000/TCP\n`,
    count: 1,
  },
  {
    name: "TestDL3011Rule_Check/negative port -1",
    code: `${A}EXPOSE -1\n`, // tally expects 1; hadolint does 0 (DL3011.hs only checks `p <= 65535`)
    count: 0,
  },
  {
    name: "TestDL3011Rule_Check/negative port -100",
    code: `${A}EXPOSE -100\n`, // tally expects 1; hadolint does 0 (DL3011.hs only checks `p <= 65535`)
    count: 0,
  },
  {
    name: "TestDL3011Rule_Check/negative port in range start (-1-80)",
    code: `${A}EXPOSE -1-80\n`, // tally expects 1; hadolint does 0 (DL3011.hs only checks `l <= 65535 && m <= 65535`)
    count: 0,
  },
  ...(
    [
      ["80", 0],
      ["443", 0],
      ["8080", 0],
      ["65535", 0],
      ["0", 0],
      ["65536", 1],
      ["70000", 1],
      ["80000", 1],
      // tally expects 1 for negative ports; hadolint does 0 (DL3011.hs only checks `p <= 65535`)
      ["-1", 0],
      ["-100", 0],
      ["-1/tcp", 0],
      ["80/tcp", 0],
      ["80/udp", 0],
      ["70000/tcp", 1],
      ["80-90", 0],
      ["1000-2000", 0],
      ["40000-60000", 0],
      ["40000-60000/tcp", 0],
      ["40000-80000", 1],
      ["40000-80000/tcp", 1],
      ["70000-60000", 1],
      // tally expects 2; hadolint does 1 (DL3011.hs: one failure per EXPOSE)
      ["70000-80000", 1],
      ["${PORT}", 0],
      ["$PORT", 0],
      ["${START}-${END}", 0],
      ["40000-${END}", 0],
      ["${START}-60000", 0],
    ] as const
  ).map(([spec, count]) => ({ name: `TestValidatePortSpec/${spec}`, code: `${A}EXPOSE ${spec}\n`, count })),
]);

table("DL3012", [
  { name: "TestDL3012_MultipleHealthcheck/no HEALTHCHECK", code: "FROM scratch", count: 0 },
  {
    name: "TestDL3012_MultipleHealthcheck/one HEALTHCHECK",
    code: "FROM scratch\nHEALTHCHECK CMD /bin/bla",
    count: 0,
  },
  {
    name: "TestDL3012_MultipleHealthcheck/two HEALTHCHECK in different stages",
    code: "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2",
    count: 0,
  },
  {
    name: "TestDL3012_MultipleHealthcheck/two HEALTHCHECK in same stage",
    code: "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2",
    count: 1,
  },
  {
    name: "TestDL3012_MultipleHealthcheck/three HEALTHCHECK in same stage",
    code: "FROM scratch\nHEALTHCHECK CMD /bin/check1\nHEALTHCHECK CMD /bin/check2\nHEALTHCHECK CMD /bin/check3",
    count: 2,
  },
  {
    name: "TestDL3012_MultipleHealthcheck/HEALTHCHECK in first stage only",
    code: "FROM node as builder\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\nRUN npm install\nFROM scratch\nCOPY --from=builder /app /app",
    count: 0,
  },
  {
    name: "TestDL3012_MultipleHealthcheck/multiple HEALTHCHECK in second stage",
    code: "FROM node as builder\nRUN npm install\nFROM scratch\nHEALTHCHECK CMD /bin/check1\nHEALTHCHECK CMD /bin/check2",
    count: 1,
  },
]);

table("DL3014", [
  {
    name: "TestDL3014Rule_Check/apt-get install without -y",
    code: "FROM ubuntu\nRUN apt-get install python",
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/ONBUILD apt-get install without -y",
    code: "FROM ubuntu\nONBUILD RUN apt-get install python",
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install -q (single)",
    code: "FROM ubuntu\nRUN apt-get install -q python",
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install --quiet (single)",
    code: "FROM ubuntu\nRUN apt-get install --quiet python",
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install -yq",
    code: "FROM ubuntu\nRUN apt-get install -yq python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install -y",
    code: "FROM ubuntu\nRUN apt-get install -y python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get -y install",
    code: "FROM ubuntu\nRUN apt-get -y install python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get --yes install",
    code: "FROM ubuntu\nRUN apt-get --yes install python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get --assume-yes install",
    code: "FROM ubuntu\nRUN apt-get --assume-yes install python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install -qq",
    code: "FROM ubuntu\nRUN apt-get install -qq python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install -q -q",
    code: "FROM ubuntu\nRUN apt-get install -q -q python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install -q=2",
    code: "FROM ubuntu\nRUN apt-get install -q=2 python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get install --quiet --quiet",
    code: "FROM ubuntu\nRUN apt-get install --quiet --quiet python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get update (no violation for non-install)",
    code: "FROM ubuntu\nRUN apt-get update",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt-get remove (no violation for non-install)",
    code: "FROM ubuntu\nRUN apt-get remove python",
    // tally and hadolint: 0 (DL3014.hs: cmdHasArgs "apt-get" ["install"]); ours also checks the other prompting subcommands, by design (apt-get-missing-yes.md)
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/chained apt-get commands",
    code: "FROM ubuntu\nRUN apt-get update && apt-get install python",
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/chained apt-get with -y",
    code: "FROM ubuntu\nRUN apt-get update && apt-get install -y python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/multiple install commands without -y",
    code: "FROM ubuntu\nRUN apt-get install python && apt-get install curl",
    // tally expects 2; hadolint does 1 (DL3014.hs: simpleRule, one failure per RUN)
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/with env wrapper",
    code: "FROM ubuntu\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install python",
    // hadolint: 0 (the command is `env`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3014Rule_Check/with env wrapper and -y",
    code: "FROM ubuntu\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install -y python",
    count: 0,
  },
  {
    name: "TestDL3014Rule_Check/apt (not apt-get) should not trigger DL3014",
    code: "FROM ubuntu\nRUN apt install python",
    count: 0,
  },
  {
    name: "TestDL3014_OnbuildAutoFix (the finding's line)",
    code: "FROM ubuntu\nONBUILD RUN apt-get install python",
    count: 1,
    lines: [2],
  },
  {
    name: "TestDL3014_OnbuildLocationNotSynthetic",
    code: "FROM ubuntu\nRUN echo setup\nRUN echo more\nONBUILD RUN apt-get install python",
    count: 1,
    lines: [4],
  },
  {
    name: "TestDL3014AndDL3027CombinedFixes (DL3014 count)",
    code: "FROM ubuntu\nRUN apt update && apt-get install python",
    count: 1,
    lines: [2],
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt install (both rules)",
    code: "FROM ubuntu\nRUN apt install python",
    count: 0,
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt-get install without -y (only DL3014)",
    code: "FROM ubuntu\nRUN apt-get install python",
    count: 1,
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt-get install -y (neither rule)",
    code: "FROM ubuntu\nRUN apt-get install -y python",
    count: 0,
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt install -y (only DL3027)",
    code: "FROM ubuntu\nRUN apt install -y python",
    count: 0,
  },
]);

table("DL3020", [
  { name: "TestDL3020Rule_Check/ADD with local file", code: `${U}ADD file.txt /app/\n`, count: 1 },
  { name: "TestDL3020Rule_Check/ADD with local directory", code: `${U}ADD src/ /app/src/\n`, count: 1 },
  { name: "TestDL3020Rule_Check/COPY is fine", code: `${U}COPY file.txt /app/\n`, count: 0 },
  {
    name: "TestDL3020Rule_Check/ADD with HTTP URL is allowed",
    code: `${U}ADD https://example.com/file.txt /app/\n`,
    count: 0,
  },
  {
    name: "TestDL3020Rule_Check/ADD with HTTPS URL is allowed",
    code: `${U}ADD https://github.com/project/archive.tar.gz /tmp/\n`,
    count: 0,
  },
  {
    name: "TestDL3020Rule_Check/ADD with tar.gz is allowed",
    code: `${U}ADD archive.tar.gz /app/\n`,
    count: 0,
  },
  { name: "TestDL3020Rule_Check/ADD with .tar is allowed", code: `${U}ADD backup.tar /app/\n`, count: 0 },
  { name: "TestDL3020Rule_Check/ADD with .tgz is allowed", code: `${U}ADD package.tgz /app/\n`, count: 0 },
  {
    name: "TestDL3020Rule_Check/ADD with .tar.bz2 is allowed",
    code: `${U}ADD archive.tar.bz2 /app/\n`,
    count: 0,
  },
  {
    name: "TestDL3020Rule_Check/ADD with .tar.xz is allowed",
    code: `${U}ADD archive.tar.xz /app/\n`,
    count: 0,
  },
  {
    name: "TestDL3020Rule_Check/multiple ADD instructions",
    code: `${U}ADD file1.txt /app/\nADD file2.txt /app/\n`,
    count: 2,
  },
  {
    name: "TestDL3020Rule_Check/mixed ADD usage",
    code: `${U}ADD https://example.com/download.tar.gz /tmp/\nADD localfile.txt /app/\n`,
    count: 1,
  },
  {
    name: "TestDL3020Rule_Check/multi-stage with ADD",
    code: "FROM ubuntu:22.04 AS builder\nADD src/ /build/\n\nFROM alpine:3.18\nCOPY --from=builder /build/bin /app/bin\n",
    count: 1,
  },
  { name: "TestDL3020Rule_Check/ADD with wildcard", code: `${U}ADD *.txt /app/\n`, count: 1 },
  {
    name: "TestDL3020Rule_Check/ADD with git URL is allowed",
    code: `${U}ADD git://github.com/user/repo.git /app/\n`,
    // hadolint: 1 (DL3020.hs isUrl knows only http:// and https://); ours keeps ADD for Git sources, which only ADD fetches, by design (add-instead-of-copy.md)
    count: 0,
  },
  {
    name: "TestDL3020Rule_Check/ADD with multiple sources",
    code: `${U}ADD file1.txt file2.txt /app/\n`,
    count: 1,
  },
  {
    name: "TestDL3020Rule_Check/ADD for tgz with quotes",
    code: `${U}ADD "file.tgz" /usr/src/app/\n`,
    count: 0,
  },
  {
    name: "TestDL3020Rule_Check/ADD for URL with quotes",
    code: `${U}ADD "http://file.com" /usr/src/app/\n`,
    count: 0,
  },
  {
    name: "TestDL3020Rule_Check/ADD for zip with quotes - should warn",
    code: `${U}ADD "file.zip" /usr/src/app/\n`,
    count: 1,
  },
  ...(
    [
      ["http://example.com/file", 0],
      ["https://example.com/file", 0],
      // tally expects 0 for the next two; hadolint does 1 (DL3020.hs isUrl: prefixes "https://" and
      // "http://", case-sensitive, as BuildKit reads them)
      ["ftp://example.com/file", 1],
      ["git://github.com/user/repo.git", 0], // hadolint: 1; ours keeps ADD for Git sources (add-instead-of-copy.md)
      ["HTTP://EXAMPLE.COM/FILE", 1],
      ["file.txt", 1],
      ["/absolute/path", 1],
      ["./relative/path", 1],
      ["httpfile.txt", 1],
    ] as const
  ).map(([src, count]) => ({ name: `TestIsURLDL3020/${src}`, code: `${U}ADD ${src} /app/\n`, count })),
  ...(
    [
      ["archive.tar", 0],
      ["archive.tar.gz", 0],
      ["archive.tgz", 0],
      ["archive.tar.bz2", 0],
      ["archive.tbz", 0],
      ["archive.tbz2", 0],
      ["archive.tar.xz", 0],
      ["archive.txz", 0],
      // hadolint: 1 for the two zstd names (not in its archiveFileFormatExtensions); ours counts zstd,
      // which BuildKit extracts, by design (add-instead-of-copy.ts)
      ["archive.tar.zst", 0],
      ["archive.tzst", 0],
      // tally expects 0 for the next two; hadolint does 1 (no .lz4 in archiveFileFormatExtensions, and
      // the suffix match is case-sensitive)
      ["archive.tar.lz4", 1],
      ["ARCHIVE.TAR.GZ", 1],
      ["file.txt", 1],
      ["tarfile", 1],
      ["file.tar.txt", 1],
      ["file.zip", 1],
    ] as const
  ).map(([src, count]) => ({ name: `TestIsTarArchiveDL3020/${src}`, code: `${U}ADD ${src} /app/\n`, count })),
]);

table("DL3021", [
  { name: "TestDL3021Rule_Check/no warn on 2 args", code: "FROM alpine\nCOPY foo bar\n", count: 0 },
  { name: "TestDL3021Rule_Check/warn on 3 args", code: "FROM alpine\nCOPY foo bar baz\n", count: 1 },
  {
    name: "TestDL3021Rule_Check/no warn on 3 args with trailing slash",
    code: "FROM alpine\nCOPY foo bar baz/\n",
    count: 0,
  },
  {
    name: "TestDL3021Rule_Check/warn on 3 args with quotes",
    code: 'FROM alpine\nCOPY foo bar "baz"\n',
    count: 1,
  },
  {
    name: "TestDL3021Rule_Check/no warn on 3 args with quotes and trailing slash",
    code: 'FROM alpine\nCOPY foo bar "baz/"\n',
    count: 0,
  },
  { name: "TestDL3021Rule_Check/no warn on single source", code: "FROM alpine\nCOPY src /dest\n", count: 0 },
  {
    name: "TestDL3021Rule_Check/warn on 4 args without trailing slash",
    code: "FROM alpine\nCOPY a b c dest\n",
    count: 1,
  },
  {
    name: "TestDL3021Rule_Check/no warn on 4 args with trailing slash",
    code: "FROM alpine\nCOPY a b c dest/\n",
    count: 0,
  },
  {
    name: "TestDL3021Rule_Check/multiple COPY instructions",
    code: "FROM alpine\nCOPY a b c dest\nCOPY x y z dir/\nCOPY p q r target\n",
    count: 2,
  },
  {
    name: "TestDL3021Rule_Check/COPY with --from does not exempt from rule",
    code: "FROM alpine AS builder\nCOPY a b c dest\n\nFROM alpine\nCOPY --from=builder a b c /dest\n",
    count: 2,
  },
  {
    name: "TestDL3021Rule_Check/single source with dest ending in slash is fine",
    code: "FROM alpine\nCOPY src /dest/\n",
    count: 0,
  },
  {
    name: "TestDL3021Rule_Check/no warn with single quoted destination",
    code: "FROM alpine\nCOPY foo bar 'baz/'\n",
    count: 0,
  },
  {
    name: "TestDL3021Rule_Check/warn with single quoted destination without slash",
    code: "FROM alpine\nCOPY foo bar 'baz'\n",
    count: 1,
  },
]);

table("DL3022", [
  {
    name: "TestDL3022_CopyFromUndefinedAlias/warn on missing alias",
    code: "FROM scratch\nCOPY --from=foo bar .",
    count: 1,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/warn on alias defined after",
    code: "FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz",
    count: 1,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/don't warn on correctly defined aliases",
    code: "FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz",
    count: 0,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/don't warn on external images",
    code: "COPY --from=haskell:latest bar .",
    count: 0,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/warn on out-of-range numeric stage index",
    code: "FROM scratch\nCOPY --from=1 bar .",
    count: 1,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/warn on self-referencing numeric stage index",
    code: "FROM scratch\nCOPY --from=0 bar .",
    // tally expects 1; ours leaves a --from naming the current stage to copy-from-own-stage (DL3023), by design (copy-from-unknown-stage.md); hadolint's DL3022Spec only has `--from=0` with no FROM at all
    count: 0,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/don't warn on self-referencing current stage alias",
    code: "FROM scratch AS build\nCOPY --from=build bar .",
    count: 0,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/don't warn on valid stage count with named stage",
    code: "FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=0 foo .",
    count: 0,
  },
  {
    name: "TestDL3022_CopyFromUndefinedAlias/don't warn on valid stage count with unnamed stage",
    code: "FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .",
    count: 0,
  },
]);

table("DL3023", [
  {
    name: "TestDL3023_SelfReferencingCopy/copying from same stage",
    code: "FROM node as foo\nCOPY --from=foo bar .",
    count: 1,
  },
  {
    name: "TestDL3023_SelfReferencingCopy/copying from other stage",
    code: "FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz",
    count: 0,
  },
  {
    name: "TestDL3023_SelfReferencingCopy/copying from previous stage",
    code: "FROM alpine as builder\nRUN apk add build-base\nFROM alpine as runtime\nCOPY --from=builder /app/bin /usr/local/bin",
    count: 0,
  },
  {
    name: "TestDL3023_SelfReferencingCopy/case insensitive self-reference",
    code: "FROM alpine AS Builder\nCOPY --from=builder /app .",
    count: 1,
  },
  {
    name: "TestDL3023_SelfReferencingCopy/copying from external image",
    code: "FROM alpine\nCOPY --from=nginx:latest /etc/nginx /etc/nginx",
    count: 0,
  },
  {
    name: "TestDL3023_SelfReferencingCopy/copying from numeric stage",
    code: "FROM alpine as builder\nRUN build\nFROM alpine\nCOPY --from=0 /app .",
    count: 0,
  },
]);

table("DL3024", [
  {
    name: "TestDL3024_DuplicateStageNames/duplicate aliases",
    code: "FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something",
    count: 1,
  },
  {
    name: "TestDL3024_DuplicateStageNames/unique aliases",
    code: "FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz",
    count: 0,
  },
  {
    name: "TestDL3024_DuplicateStageNames/case insensitive duplicates",
    code: "FROM node as Foo\nFROM scratch as foo",
    count: 1,
  },
  {
    name: "TestDL3024_DuplicateStageNames/no aliases",
    code: "FROM node\nRUN something\nFROM scratch\nRUN something",
    count: 0,
  },
  {
    name: "TestDL3024_DuplicateStageNames/single stage with alias",
    code: "FROM node as builder\nRUN npm install",
    count: 0,
  },
]);

table("DL3026", [
  {
    name: "TestDL3026Rule_TrustedRegistry",
    code: "FROM docker.io/python:3.9\nRUN pip install flask\n",
    trusted: ["docker.io"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_UntrustedRegistry",
    code: "FROM randomguy/python:3.9\nRUN pip install flask\n",
    trusted: ["gcr.io"],
    count: 1,
  },
  {
    name: "TestDL3026Rule_ImplicitDockerHub/implicit docker.io trusted",
    code: "FROM python:3.9\n",
    trusted: ["docker.io"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_ImplicitDockerHub/implicit docker.io untrusted",
    code: "FROM python:3.9\n",
    trusted: ["gcr.io"],
    count: 1,
  },
  {
    name: "TestDL3026Rule_ImplicitDockerHub/library prefix trusted",
    code: "FROM library/python:3.9\n",
    trusted: ["docker.io"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_CustomRegistry",
    code: "FROM my-registry.com/myimage:latest\nRUN echo hello\n",
    trusted: ["my-registry.com"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_RegistryWithPort",
    code: "FROM localhost:5000/myimage:latest\nRUN echo hello\n",
    trusted: ["localhost:5000"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_ScratchIsAlwaysAllowed",
    code: "FROM scratch\nCOPY binary /\n",
    trusted: ["gcr.io"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_StageReferenceIsAllowed",
    code: "FROM gcr.io/distroless/static AS base\nRUN echo hello\n\nFROM base\nCOPY --from=base /etc/passwd /etc/passwd\n",
    trusted: ["gcr.io"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_MultipleRegistries",
    code: "FROM gcr.io/distroless/static AS build\nRUN echo build\n\nFROM docker.io/alpine:3.18\nRUN echo runtime\n",
    trusted: ["gcr.io", "docker.io"],
    count: 0,
  },
  ...["docker.io", "index.docker.io", "registry-1.docker.io"].map((registry) => ({
    name: `TestDL3026Rule_DockerHubAliases/${registry}`,
    code: "FROM python:3.9\n",
    trusted: [registry],
    count: 0,
  })),
  {
    name: "TestDL3026Rule_WildcardAny",
    code: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n",
    trusted: ["*"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_WildcardSuffix",
    code: "FROM foo.random.com/debian\nRUN echo hello\n",
    trusted: ["x.com", "*.random.com"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_WildcardSuffixNoMatch",
    code: "FROM x.com/debian\nRUN echo hello\n",
    trusted: ["*.random.com"],
    count: 1,
  },
  {
    name: "TestDL3026Rule_AllDockerHubForms",
    code: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n",
    trusted: ["docker.io"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_StageReferenceFromUntrusted",
    code: "FROM random.com/foo AS builder1\nFROM builder1 AS builder2\n",
    trusted: ["random.com"],
    count: 0,
  },
  {
    name: "TestDL3026Rule_MultipleAllowedRegistries",
    code: "FROM random.com/debian\nRUN echo hello\n",
    trusted: ["x.com", "random.com"],
    count: 0,
  },
  ...(
    [
      ["docker.io", "docker.io", 0],
      ["gcr.io", "gcr.io", 0],
      ["gcr.io", "docker.io", 1],
      ["*", "docker.io", 0],
      ["*", "gcr.io", 0],
      ["*", "anything.example.com", 0],
      ["*.example.com", "foo.example.com", 0],
      ["*.example.com", "bar.example.com", 0],
      ["*.example.com", "sub.foo.example.com", 0],
      ["*.example.com", "example.com", 1],
      ["*.example.com", "notexample.com", 1],
      ["*.example.com", "docker.io", 1],
      // tally expects 0 for its own prefix wildcard; hadolint (DL3026Spec) knows only `*` and `*.domain`
      ["gcr*", "gcr.io", 1],
      ["gcr*", "gcr.example.com", 1],
      ["gcr*", "docker.io", 1],
    ] as const
  ).map(([pattern, registry, count]) => ({
    name: `TestDL3026Rule_MatchRegistry/${pattern}_${registry}`,
    code: `FROM ${registry}/team/image:1.0\n`,
    trusted: [pattern],
    count,
  })),
]);

table("DL3027", [
  { name: "TestDL3027Rule_Check/apt install command", code: "FROM ubuntu\nRUN apt install python", count: 1 },
  {
    name: "TestDL3027Rule_Check/apt-get install should not trigger",
    code: "FROM ubuntu\nRUN apt-get install python",
    count: 0,
  },
  {
    name: "TestDL3027Rule_Check/apt-cache should not trigger",
    code: "FROM ubuntu\nRUN apt-cache search python",
    count: 0,
  },
  { name: "TestDL3027Rule_Check/apt update command", code: "FROM ubuntu\nRUN apt update", count: 1 },
  { name: "TestDL3027Rule_Check/apt upgrade command", code: "FROM ubuntu\nRUN apt upgrade", count: 1 },
  {
    name: "TestDL3027Rule_Check/apt with full path",
    code: "FROM ubuntu\nRUN /usr/bin/apt install python",
    // hadolint: 0 (the command name is `/usr/bin/apt`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3027Rule_Check/apt in command chain",
    code: "FROM ubuntu\nRUN apt update && apt install python",
    // one per RUN in hadolint and tally (simpleRule); ours reports each command, counted here per instruction
    count: 1,
  },
  {
    name: "TestDL3027Rule_Check/apt with sudo",
    code: "FROM ubuntu\nRUN sudo apt install python", // tally and hadolint: 0 (the command is `sudo`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3027Rule_Check/apt with env wrapper",
    code: "FROM ubuntu\nRUN env DEBIAN_FRONTEND=noninteractive apt install python",
    // hadolint: 0 (the command is `env`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3027Rule_Check/apt in shell -c",
    code: "FROM ubuntu\nRUN sh -c 'apt install python'",
    // hadolint: 0 (the command is `sh`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL3027Rule_Check/word 'apt' in string should not trigger",
    code: 'FROM ubuntu\nRUN echo "adapt to changes"',
    count: 0,
  },
  {
    name: "TestDL3027Rule_Check/word 'apt' in package name should not trigger",
    code: "FROM ubuntu\nRUN apt-get install aptitude",
    count: 0,
  },
  {
    name: "TestDL3027Rule_Check/multiple RUN commands with apt",
    code: "FROM ubuntu\nRUN apt update\nRUN apt install python\nRUN apt upgrade",
    count: 3,
  },
  {
    name: "TestDL3027Rule_Check/apt in exec form",
    code: 'FROM ubuntu\nRUN ["apt", "install", "python"]',
    count: 1,
  },
  {
    name: "TestDL3027Rule_Check/multi-stage with apt in one stage",
    code: "FROM ubuntu AS builder\nRUN apt install python\n\nFROM alpine\nRUN apk add python",
    count: 1,
  },
  {
    name: "TestDL3027Rule_Check/ONBUILD with apt",
    code: "FROM ubuntu\nONBUILD RUN apt install python",
    count: 1,
  },
  { name: "TestDL3027_MultipleApt", code: "FROM ubuntu\nRUN apt update && apt install curl", count: 1 },
  {
    name: "TestDL3027_FixLocationConsistency",
    code: "FROM ubuntu\nRUN apt install curl",
    count: 1,
    lines: [2],
  },
  { name: "TestDL3027_WhitespaceDrift", code: "FROM ubuntu\nRUN    apt   install curl", count: 1 },
  {
    name: "TestDL3027_MultiLineRUN",
    code: "FROM ubuntu\nRUN apt-get update && \\\n    apt install python",
    count: 1,
  },
  {
    name: "TestDL3027_OnbuildAutoFix (the finding's line)",
    code: "FROM ubuntu\nONBUILD RUN apt install python",
    count: 1,
    lines: [2],
  },
  {
    name: "TestDL3014AndDL3027CombinedFixes (DL3027 count)",
    code: "FROM ubuntu\nRUN apt update && apt-get install python",
    count: 1,
    lines: [2],
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt install (both rules)",
    code: "FROM ubuntu\nRUN apt install python",
    count: 1,
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt-get install without -y (only DL3014)",
    code: "FROM ubuntu\nRUN apt-get install python",
    count: 0,
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt-get install -y (neither rule)",
    code: "FROM ubuntu\nRUN apt-get install -y python",
    count: 0,
  },
  {
    name: "TestDL3014AndDL3027Interaction/apt install -y (only DL3027)",
    code: "FROM ubuntu\nRUN apt install -y python",
    count: 1,
  },
]);

table("DL3030", [
  {
    name: "TestDL3030Rule_Check/yum install without -y",
    code: "FROM centos\nRUN yum install httpd-2.4.24 && yum clean all",
    count: 1,
  },
  {
    name: "TestDL3030Rule_Check/ONBUILD yum install without -y",
    code: "FROM centos\nONBUILD RUN yum install httpd-2.4.24 && yum clean all",
    // tally expects 0 ("ONBUILD not yet supported"); hadolint checks ONBUILD RUN too (DL3030Spec: onBuildRuleCatches)
    count: 1,
  },
  {
    name: "TestDL3030Rule_Check/yum install -y",
    code: "FROM centos\nRUN yum install -y httpd-2.4.24 && yum clean all",
    count: 0,
  },
  {
    name: "TestDL3030Rule_Check/bash comment not yum",
    code: "FROM centos\nRUN bash -c `# not even a yum command`",
    count: 0,
  },
  {
    name: "TestDL3030Rule_Check/yum --assumeyes install",
    code: "FROM centos\nRUN yum --assumeyes install httpd",
    count: 0,
  },
  {
    name: "TestDL3030Rule_Check/yum groupinstall without -y",
    code: 'FROM centos\nRUN yum groupinstall "Development Tools"',
    count: 1,
  },
  {
    name: "TestDL3030Rule_Check/yum groupinstall -y",
    code: 'FROM centos\nRUN yum groupinstall -y "Development Tools"',
    count: 0,
  },
  {
    name: "TestDL3030Rule_Check/yum localinstall without -y",
    code: "FROM centos\nRUN yum localinstall package.rpm",
    count: 1,
  },
  {
    name: "TestDL3030Rule_Check/yum localinstall -y",
    code: "FROM centos\nRUN yum localinstall -y package.rpm",
    count: 0,
  },
  {
    name: "TestDL3030Rule_Check/yum reinstall without -y",
    code: "FROM centos\nRUN yum reinstall httpd",
    // tally expects 1; hadolint does 0 (DL3030.hs: cmdHasArgs "yum" ["install", "groupinstall", "localinstall"])
    count: 0,
  },
  {
    name: "TestDL3030Rule_Check/yum reinstall -y",
    code: "FROM centos\nRUN yum reinstall -y httpd",
    count: 0,
  },
  { name: "TestDL3030Rule_Check/yum update (no violation)", code: "FROM centos\nRUN yum update", count: 0 },
  { name: "TestDL3030Rule_Check/yum clean (no violation)", code: "FROM centos\nRUN yum clean all", count: 0 },
  {
    name: "TestDL3030Rule_Check/multiple yum install without -y",
    code: "FROM centos\nRUN yum install httpd && yum install nginx",
    // tally expects 2; hadolint does 1 (DL3030.hs: simpleRule, one failure per RUN)
    count: 1,
  },
  {
    name: "TestDL3030Rule_Check/yum -y before subcommand",
    code: "FROM centos\nRUN yum -y install httpd",
    count: 0,
  },
]);

table("DL3034", [
  {
    name: "TestDL3034Rule_Check/zypper install without non-interactive",
    code: "FROM opensuse\nRUN zypper install httpd=2.4.24 && zypper clean",
    count: 1,
  },
  {
    name: "TestDL3034Rule_Check/ONBUILD zypper install without non-interactive",
    code: "FROM opensuse\nONBUILD RUN zypper install httpd=2.4.24 && zypper clean",
    count: 1,
  },
  {
    name: "TestDL3034Rule_Check/zypper install -n",
    code: "FROM opensuse\nRUN zypper install -n httpd=2.4.24 && zypper clean",
    count: 0,
  },
  {
    name: "TestDL3034Rule_Check/zypper install --non-interactive",
    code: "FROM opensuse\nRUN zypper install --non-interactive httpd=2.4.24 && zypper clean",
    count: 0,
  },
  {
    name: "TestDL3034Rule_Check/zypper install -y",
    code: "FROM opensuse\nRUN zypper install -y httpd=2.4.24 && zypper clean",
    count: 0,
  },
  {
    name: "TestDL3034Rule_Check/zypper install --no-confirm",
    code: "FROM opensuse\nRUN zypper install --no-confirm httpd=2.4.24 && zypper clean",
    count: 0,
  },
  {
    name: "TestDL3034Rule_Check/zypper in (alias) without -n",
    code: "FROM opensuse\nRUN zypper in httpd",
    count: 1,
  },
  { name: "TestDL3034Rule_Check/zypper in -n", code: "FROM opensuse\nRUN zypper in -n httpd", count: 0 },
  {
    name: "TestDL3034Rule_Check/zypper remove without -n",
    code: "FROM opensuse\nRUN zypper remove httpd",
    count: 1,
  },
  { name: "TestDL3034Rule_Check/zypper rm without -n", code: "FROM opensuse\nRUN zypper rm httpd", count: 1 },
  {
    name: "TestDL3034Rule_Check/zypper source-install without -n",
    code: "FROM opensuse\nRUN zypper source-install httpd",
    count: 1,
  },
  { name: "TestDL3034Rule_Check/zypper si without -n", code: "FROM opensuse\nRUN zypper si httpd", count: 1 },
  { name: "TestDL3034Rule_Check/zypper patch without -n", code: "FROM opensuse\nRUN zypper patch", count: 1 },
  { name: "TestDL3034Rule_Check/zypper patch -n", code: "FROM opensuse\nRUN zypper patch -n", count: 0 },
  {
    name: "TestDL3034Rule_Check/zypper clean (no violation)",
    code: "FROM opensuse\nRUN zypper clean",
    count: 0,
  },
  {
    name: "TestDL3034Rule_Check/zypper refresh (no violation)",
    code: "FROM opensuse\nRUN zypper refresh",
    count: 0,
  },
  {
    name: "TestDL3034Rule_Check/multiple zypper install without -n",
    code: "FROM opensuse\nRUN zypper install httpd && zypper install nginx",
    // tally expects 2; hadolint does 1 (DL3034.hs: simpleRule, one failure per RUN)
    count: 1,
  },
  {
    name: "TestDL3034Rule_Check/zypper -n before subcommand",
    code: "FROM opensuse\nRUN zypper -n install httpd",
    count: 0,
  },
]);

table("DL3038", [
  {
    name: "TestDL3038Rule_Check/dnf install without -y",
    code: "FROM fedora\nRUN dnf install httpd-2.4.24 && dnf clean all",
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/microdnf install without -y",
    code: "FROM fedora\nRUN microdnf install httpd-2.4.24 && microdnf clean all",
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/ONBUILD dnf install without -y",
    code: "FROM fedora\nONBUILD RUN dnf install httpd-2.4.24 && dnf clean all",
    // tally expects 0 ("ONBUILD not yet supported"); hadolint checks ONBUILD RUN too (DL3038Spec: onBuildRuleCatches)
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/ONBUILD microdnf install without -y",
    code: "FROM fedora\nONBUILD RUN microdnf install httpd-2.4.24 && microdnf clean all",
    // tally expects 0 ("ONBUILD not yet supported"); hadolint checks ONBUILD RUN too (DL3038Spec: onBuildRuleCatches)
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/dnf install -y",
    code: "FROM fedora\nRUN dnf install -y httpd-2.4.24 && dnf clean all",
    count: 0,
  },
  {
    name: "TestDL3038Rule_Check/microdnf install -y",
    code: "FROM fedora\nRUN microdnf install -y httpd-2.4.24 && microdnf clean all",
    count: 0,
  },
  {
    name: "TestDL3038Rule_Check/notdnf (similar name, not dnf)",
    code: "FROM fedora\nRUN notdnf install httpd",
    count: 0,
  },
  {
    name: "TestDL3038Rule_Check/dnf --assumeyes install",
    code: "FROM fedora\nRUN dnf --assumeyes install httpd",
    count: 0,
  },
  {
    name: "TestDL3038Rule_Check/dnf groupinstall without -y",
    code: 'FROM fedora\nRUN dnf groupinstall "Development Tools"',
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/dnf groupinstall -y",
    code: 'FROM fedora\nRUN dnf groupinstall -y "Development Tools"',
    count: 0,
  },
  {
    name: "TestDL3038Rule_Check/dnf localinstall without -y",
    code: "FROM fedora\nRUN dnf localinstall package.rpm",
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/dnf localinstall -y",
    code: "FROM fedora\nRUN dnf localinstall -y package.rpm",
    count: 0,
  },
  { name: "TestDL3038Rule_Check/dnf update (no violation)", code: "FROM fedora\nRUN dnf update", count: 0 },
  { name: "TestDL3038Rule_Check/dnf clean (no violation)", code: "FROM fedora\nRUN dnf clean all", count: 0 },
  {
    name: "TestDL3038Rule_Check/microdnf clean (no violation)",
    code: "FROM fedora\nRUN microdnf clean all",
    count: 0,
  },
  {
    name: "TestDL3038Rule_Check/multiple dnf install without -y",
    code: "FROM fedora\nRUN dnf install httpd && dnf install nginx",
    // tally expects 2; hadolint does 1 (DL3038.hs: simpleRule, one failure per RUN)
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/mixed dnf and microdnf without -y",
    code: "FROM fedora\nRUN dnf install httpd && microdnf install nginx",
    // tally expects 2; hadolint does 1 (DL3038.hs: simpleRule, one failure per RUN)
    count: 1,
  },
  {
    name: "TestDL3038Rule_Check/dnf -y before subcommand",
    code: "FROM fedora\nRUN dnf -y install httpd",
    count: 0,
  },
  {
    name: "TestDL3038Rule_Check/microdnf -y before subcommand",
    code: "FROM fedora\nRUN microdnf -y install httpd",
    count: 0,
  },
]);

table("DL3043", [
  {
    name: "TestDL3043_ForbiddenOnbuildTriggers/ONBUILD within ONBUILD",
    code: "ONBUILD ONBUILD RUN anything",
    count: 1,
  },
  {
    name: "TestDL3043_ForbiddenOnbuildTriggers/FROM within ONBUILD",
    code: "ONBUILD FROM debian:buster",
    count: 1,
  },
  {
    name: "TestDL3043_ForbiddenOnbuildTriggers/MAINTAINER within ONBUILD",
    code: 'ONBUILD MAINTAINER "BoJack Horseman"',
    count: 1,
  },
  ...(
    [
      ["ADD", "ONBUILD ADD anything anywhere"],
      ["USER", "ONBUILD USER anything"],
      ["LABEL", 'ONBUILD LABEL bla="blubb"'],
      ["STOPSIGNAL", "ONBUILD STOPSIGNAL anything"],
      ["COPY", "ONBUILD COPY anything anywhere"],
      ["RUN", "ONBUILD RUN anything"],
      ["CMD", "ONBUILD CMD anything"],
      ["SHELL", "ONBUILD SHELL anything"],
      ["WORKDIR", "ONBUILD WORKDIR anything"],
      ["EXPOSE", "ONBUILD EXPOSE 69"],
      ["VOLUME", "ONBUILD VOLUME anything"],
      ["ENTRYPOINT", "ONBUILD ENTRYPOINT anything"],
      ["ENV", 'ONBUILD ENV MYVAR="bla"'],
      ["ARG", "ONBUILD ARG anything"],
      ["HEALTHCHECK", "ONBUILD HEALTHCHECK NONE"],
    ] as const
  ).map(([inst, code]) => ({
    name: `TestDL3043_ForbiddenOnbuildTriggers/${inst} in ONBUILD`,
    code,
    count: 0,
  })),
  { name: "TestDL3043_ForbiddenOnbuildTriggers/FROM outside ONBUILD", code: "FROM debian:buster", count: 0 },
  {
    name: "TestDL3043_ForbiddenOnbuildTriggers/MAINTAINER outside ONBUILD",
    code: 'MAINTAINER "Some Guy"',
    count: 0,
  },
  {
    name: "TestDL3043_ForbiddenOnbuildTriggers/complex Dockerfile with valid ONBUILD",
    code: "FROM alpine:3.18\nONBUILD RUN apk add --no-cache git\nONBUILD COPY . /app\nONBUILD WORKDIR /app",
    count: 0,
  },
  {
    name: "TestDL3043_ForbiddenOnbuildTriggers/mixed valid and invalid ONBUILD",
    code: 'FROM alpine:3.18\nONBUILD RUN echo "valid"\nONBUILD FROM debian:latest\nONBUILD COPY . /app',
    count: 1,
  },
]);

const S = "FROM scratch\n";

table("DL3045", [
  {
    name: "TestDL3045Rule_Check/ok: COPY with absolute destination and no WORKDIR set",
    code: `${S}COPY bla.sh /usr/local/bin/blubb.sh\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with absolute destination and no WORKDIR set with quotes",
    code: `${S}COPY bla.sh "/usr/local/bin/blubb.sh"\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with absolute destination and no WORKDIR set - windows",
    code: `${S}COPY bla.sh c:\\system32\\blubb.sh\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with absolute destination and no WORKDIR set - windows with quotes",
    code: `${S}COPY bla.sh "c:\\system32\\blubb.sh"\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with absolute destination and no WORKDIR set - windows with alternative paths",
    code: `${S}COPY bla.sh c:/system32/blubb.sh\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with relative destination and WORKDIR set",
    code: `${S}WORKDIR /usr\nCOPY bla.sh blubb.sh\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with destination being env variable braces",
    code: `${S}COPY src.sh \${SRC_BASE_ENV}\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with destination being env variable dollar",
    code: `${S}COPY src.sh $SRC_BASE_ENV\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with destination being env variable braces in quotes",
    code: `${S}COPY src.sh "\${SRC_BASE_ENV}"\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY with destination being env variable dollar in quotes",
    code: `${S}COPY src.sh "$SRC_BASE_ENV"\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/not ok: COPY with relative destination and no WORKDIR set",
    code: `${S}COPY bla.sh blubb.sh\n`,
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/not ok: COPY with relative destination and no WORKDIR set with quotes",
    code: `${S}COPY bla.sh "blubb.sh"\n`,
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/not ok: COPY to relative destination if WORKDIR is set in previous stage but not inherited",
    code: "FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n",
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/not ok: COPY to relative destination if WORKDIR is set in previous stage but not inherited - windows",
    code: "FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n",
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY to relative destination if WORKDIR has been set in base image",
    code: "FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-in-between\nRUN foo\nFROM base\nCOPY foo bar\n",
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY to relative destination if WORKDIR has been set in previous stage deep case",
    code: "FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n",
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/ok: COPY to relative destination if WORKDIR has been set both within ONBUILD context",
    code: "FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n",
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/not ok: ONBUILD COPY with relative destination and no WORKDIR",
    code: "FROM debian:buster\nONBUILD COPY foo bar\n",
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/regression: don't crash with single character paths",
    code: `${S}COPY a b\n`,
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/multiple COPY instructions some ok some not",
    code: `${S}COPY a /absolute/path\nCOPY b relative-path\n`,
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/WORKDIR set then COPY is ok",
    code: `${U}WORKDIR /app\nCOPY . .\n`,
    count: 0,
  },
  {
    name: "TestDL3045Rule_Check/COPY before WORKDIR triggers violation",
    code: `${U}COPY . .\nWORKDIR /app\n`,
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/multi-stage with mixed WORKDIR status",
    code: "FROM ubuntu:22.04 AS builder\nWORKDIR /build\nCOPY . .\n\nFROM alpine:3.18\nCOPY --from=builder /build/app .\n",
    count: 1,
  },
  {
    name: "TestDL3045Rule_Check/COPY to dot in stage with WORKDIR is ok",
    code: `${A}WORKDIR /app\nCOPY . .\n`,
    count: 0,
  },
  ...(
    [
      ["/usr/local/bin/foo", 0],
      ["/foo", 0],
      ['"/usr/local/bin/foo"', 0],
      ["c:\\system32\\foo", 0],
      ["D:\\mypath\\foo", 0],
      ["c:/system32/foo", 0],
      ['"c:\\system32\\foo"', 0],
      ["$SRC_BASE_ENV", 0],
      ["${SRC_BASE_ENV}", 0],
      ['"$SRC_BASE_ENV"', 0],
      ['"${SRC_BASE_ENV}"', 0],
      ["foo", 1],
      [".", 1],
      ["./foo", 1],
      ['"foo"', 1],
      ["bar/baz", 1],
      ["b", 1],
      ["a", 1],
    ] as const
  ).map(([dest, count]) => ({
    name: `TestIsAbsoluteOrVariableDest/${dest}`,
    code: `${S}COPY src ${dest}\n`,
    count,
  })),
]);

table("DL3046", [
  { name: "TestDL3046Rule_Check/ok with useradd alone", code: `${A}RUN useradd luser\n`, count: 0 },
  {
    name: "TestDL3046Rule_Check/ok with useradd short uid",
    code: `${A}RUN useradd -u 12345 luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/ok with useradd long uid and flag -l",
    code: `${A}RUN useradd -l -u 123456 luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/ok with useradd and just flag -l",
    code: `${A}RUN useradd -l luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/warn when useradd and long uid without flag -l",
    code: `${A}RUN useradd -u 123456 luser\n`,
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/ok with --no-log-init long flag",
    code: `${A}RUN useradd --no-log-init -u 123456 luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/ok with --uid long flag and short value",
    code: `${A}RUN useradd --uid 12345 luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/warn with --uid long flag and high value",
    code: `${A}RUN useradd --uid 123456 luser\n`,
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/ok with uid at boundary (5 digits)",
    code: `${A}RUN useradd -u 99999 luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/warn with uid just over boundary (6 digits)",
    code: `${A}RUN useradd -u 100000 luser\n`,
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/ok with very high uid but has -l flag",
    code: `${A}RUN useradd -l -u 1000000000 luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/warn with very high uid (many digits)",
    code: `${A}RUN useradd -u 1000000000 luser\n`,
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/multi-stage dockerfile",
    code: "FROM alpine:3.18 AS builder\nRUN useradd -u 123456 builduser\n\nFROM alpine:3.18\nRUN useradd -l -u 123456 appuser\n",
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/multiple useradd commands in same RUN",
    code: `${A}RUN useradd -u 123456 user1 && useradd -u 234567 user2\n`,
    // tally expects 2; hadolint does 1 (DL3046.hs: simpleRule, one failure per RUN)
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/useradd in chained commands - one ok one warn",
    code: `${A}RUN useradd -l -u 123456 user1 && useradd -u 234567 user2\n`,
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/exec form useradd",
    code: `${A}RUN ["useradd", "-u", "123456", "luser"]\n`,
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/useradd with equals form --uid=123456",
    code: `${A}RUN useradd --uid=123456 luser\n`,
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/ok with useradd --uid=123456 and -l",
    code: `${A}RUN useradd -l --uid=123456 luser\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/useradd without uid flag should not trigger",
    code: `${A}RUN useradd -m -s /bin/bash developer\n`,
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/exec form useradd in PowerShell stage still triggers",
    code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN ["useradd", "-u", "123456", "luser"]\n',
    count: 1,
  },
  {
    name: "TestDL3046Rule_Check/shell form useradd in PowerShell stage is skipped",
    code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN useradd -u 123456 luser\n',
    // hadolint: 1 (it parses every RUN as sh, whatever SHELL says); ours does not read RUNs of a pwsh/cmd stage as sh, by design (docs/design-notes.md)
    count: 0,
  },
  {
    name: "TestDL3046Rule_Check/exec form ok with -l in PowerShell stage",
    code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN ["useradd", "-l", "-u", "123456", "luser"]\n',
    count: 0,
  },
  ...(
    [
      ["no uid flag", "luser", 0],
      ["short uid", "-u 12345 luser", 0],
      ["short uid at boundary", "-u 99999 luser", 0],
      ["long uid without -l", "-u 123456 luser", 1],
      ["long uid with -l", "-l -u 123456 luser", 0],
      ["long uid with --no-log-init", "--no-log-init -u 123456 luser", 0],
      ["long uid with --uid", "--uid 123456 luser", 1],
      ["long uid with --uid=value", "--uid=123456 luser", 1],
    ] as const
  ).map(([name, args, count]) => ({
    name: `TestIsHighUIDWithoutNoLogInit/${name}`,
    code: `${A}RUN useradd ${args}\n`,
    count,
  })),
]);

const N = "FROM node as foo\n";

table("DL3047", [
  { name: "TestDL3047Rule_Check/wget without --progress option", code: `${N}RUN wget my.xyz`, count: 1 },
  {
    name: "TestDL3047Rule_Check/wget with --progress option",
    code: `${N}RUN wget --progress=dot:giga my.xyz`,
    count: 0,
  },
  { name: "TestDL3047Rule_Check/wget with -q (quiet short)", code: `${N}RUN wget -q my.xyz`, count: 0 },
  {
    name: "TestDL3047Rule_Check/wget with --quiet (quiet long)",
    code: `${N}RUN wget --quiet my.xyz`,
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/wget with -nv (no-verbose short)",
    code: `${N}RUN wget -nv my.xyz`,
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/wget with --no-verbose (no-verbose long)",
    code: `${N}RUN wget --no-verbose my.xyz`,
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/wget with --output-file long option",
    code: `${N}RUN wget --output-file=/tmp/wget.log my.xyz`,
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/wget with -o short option",
    code: `${N}RUN wget -o /tmp/wget.log my.xyz`,
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/wget with --append-output long option",
    code: `${N}RUN wget --append-output=/tmp/wget.log my.xyz`,
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/wget with -a short option",
    code: `${N}RUN wget -a /tmp/wget.log my.xyz`,
    count: 0,
  },
  { name: "TestDL3047Rule_Check/no wget command", code: "FROM ubuntu\nRUN apt-get update", count: 0 },
  {
    name: "TestDL3047Rule_Check/wget in pipeline",
    code: "FROM ubuntu\nRUN wget http://example.com/file.tar.gz | tar xz",
    count: 1,
  },
  {
    name: "TestDL3047Rule_Check/wget in pipeline with progress",
    code: "FROM ubuntu\nRUN wget --progress=dot:giga http://example.com/file.tar.gz | tar xz",
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/wget with && chain",
    code: "FROM ubuntu\nRUN wget http://example.com/file.tar.gz && tar xf file.tar.gz",
    count: 1,
  },
  {
    name: "TestDL3047Rule_Check/multiple wget commands without progress",
    code: "FROM ubuntu\nRUN wget http://a.com/a.tar.gz && wget http://b.com/b.tar.gz",
    // tally expects 2; hadolint does 1 (DL3047.hs: simpleRule, one failure per RUN)
    count: 1,
  },
  {
    name: "TestDL3047Rule_Check/multiple wget one with progress one without",
    code: "FROM ubuntu\nRUN wget --progress=dot:giga http://a.com/a.tar.gz && wget http://b.com/b.tar.gz",
    count: 1,
  },
  {
    name: "TestDL3047Rule_Check/exec form wget without progress (tally extension)",
    code: 'FROM ubuntu\nRUN ["wget", "http://example.com/file.tar.gz"]',
    // tally calls it its own extension, but hadolint does 1 too: language-docker joins the exec array
    // into `wget http://...`, which DL3047.hs then parses as shell
    count: 1,
  },
  {
    name: "TestDL3047Rule_Check/exec form wget with progress",
    code: 'FROM ubuntu\nRUN ["wget", "--progress=dot:giga", "http://example.com/file.tar.gz"]',
    count: 0,
  },
  {
    name: "TestDL3047Rule_Check/multi-stage with wget",
    code: "FROM ubuntu AS builder\nRUN wget http://example.com/file.tar.gz\n\nFROM alpine\nRUN wget -q http://example.com/small.txt",
    count: 1,
  },
  {
    name: "TestDL3047Rule_Check/multiline RUN with wget",
    code: "FROM ubuntu\nRUN apt-get update && \\\n    wget http://example.com/file.tar.gz",
    count: 1,
  },
  {
    name: "TestDL3047Rule_Check/wget via env wrapper",
    code: "FROM ubuntu\nRUN env wget http://example.com/file.tar.gz",
    // hadolint: 0 (the command is `env`); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  { name: "TestDL3047Rule_Check/wget as argument not command", code: "FROM ubuntu\nRUN echo wget", count: 0 },
]);

table("DL3057", [
  { name: "TestDL3057Rule_Check/warn with no HEALTHCHECK instructions", code: "FROM scratch\n", count: 1 },
  {
    name: "TestDL3057Rule_Check/ok with one HEALTHCHECK CMD instruction",
    code: "FROM scratch\nHEALTHCHECK CMD /bin/bla\n",
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/ok with inheriting HEALTHCHECK CMD instruction",
    code: "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base\n",
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/single file-level violation for multi-stage without HEALTHCHECK CMD",
    code: 'FROM alpine:3.18 AS builder\nRUN echo "build"\n\nFROM debian:bookworm\nRUN echo "run"\n',
    // tally expects 1 (one file-level finding); hadolint does 2 (DL3057.hs: one failure per stage without a HEALTHCHECK of its own or of its base stage)
    count: 2,
  },
  {
    name: "TestDL3057Rule_Check/HEALTHCHECK NONE alone is explicit opt-out",
    code: "FROM scratch\nHEALTHCHECK NONE\n",
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/HEALTHCHECK CMD in any stage suppresses all",
    code: 'FROM alpine:3.18 AS builder\nRUN echo "build"\n\nFROM debian:bookworm\nHEALTHCHECK CMD curl -f http://localhost/\n',
    // tally expects 0; hadolint does 1 (DL3057.hs: the builder stage has none, and the final one does not build on it)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/chain with HEALTHCHECK CMD in middle",
    code: "FROM scratch AS base\nFROM base AS middle\nHEALTHCHECK CMD /bin/check\nFROM middle AS final\n",
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/parallel branches both with HEALTHCHECK CMD",
    code: "FROM scratch AS base\nFROM base AS branch1\nHEALTHCHECK CMD /bin/check1\nFROM base AS branch2\nHEALTHCHECK CMD /bin/check2\n",
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/HEALTHCHECK with interval options",
    code: `${A}HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\n`,
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/HEALTHCHECK CMD followed by HEALTHCHECK NONE is explicit opt-out",
    code: "FROM scratch\nHEALTHCHECK CMD /bin/check\nHEALTHCHECK NONE\n",
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/HEALTHCHECK NONE followed by HEALTHCHECK CMD uses last instruction",
    code: "FROM scratch\nHEALTHCHECK NONE\nHEALTHCHECK CMD /bin/check\n",
    count: 0,
  },
  {
    name: "TestDL3057Rule_Check/ONBUILD HEALTHCHECK does not satisfy healthcheck requirement",
    code: "FROM scratch\nONBUILD HEALTHCHECK CMD /bin/check\n",
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for AWS Lambda base image (ECR)",
    code: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py /var/task/\nCMD ["app.handler"]\n',
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for AWS Lambda base image (Docker Hub)",
    code: 'FROM amazon/aws-lambda-python:3.12\nCOPY app.py /var/task/\nCMD ["app.handler"]\n',
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for AWS Lambda in multi-stage build",
    code: 'FROM golang:1.21 AS builder\nRUN echo "build"\nFROM public.ecr.aws/lambda/go:latest\nCOPY --from=builder /app /var/task\n',
    // tally expects 0 (its own exemptions); hadolint does 2 (one per stage, DL3057.hs); ours reports only stages no other stage builds on or copies from, by design (healthcheck-missing.md)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for Azure Functions base image",
    code: "FROM mcr.microsoft.com/azure-functions/dotnet:4\nCOPY . /home/site/wwwroot\n",
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for OpenFaaS of-watchdog",
    code: "FROM ghcr.io/openfaas/of-watchdog:latest AS watchdog\nFROM alpine:3.18\nCOPY --from=watchdog /fwatchdog /usr/bin/fwatchdog\n",
    // tally expects 0 (its own exemptions); hadolint does 2 (one per stage, DL3057.hs); ours reports only stages no other stage builds on or copies from, by design (healthcheck-missing.md)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for OpenFaaS classic-watchdog",
    code: "FROM openfaas/classic-watchdog:latest AS watchdog\nFROM alpine:3.18\nCOPY --from=watchdog /fwatchdog /usr/bin/fwatchdog\n",
    // tally expects 0 (its own exemptions); hadolint does 2 (one per stage, DL3057.hs); ours reports only stages no other stage builds on or copies from, by design (healthcheck-missing.md)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for functions-framework CMD (exec form)",
    code: 'FROM python:3.12-slim\nRUN pip install functions-framework\nCOPY main.py .\nCMD ["functions-framework", "--target=hello"]\n',
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for functions-framework CMD (shell form)",
    code: "FROM python:3.12-slim\nRUN pip install functions-framework\nCOPY main.py .\nCMD functions-framework --target=hello\n",
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for functions-framework CMD with exec prefix",
    code: "FROM python:3.12-slim\nRUN pip install functions-framework\nCOPY main.py .\nCMD exec functions-framework --target=handle_dlq_message --source=/app/main.py --port=$PORT\n",
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for functions-framework ENTRYPOINT",
    code: 'FROM python:3.12-slim\nRUN pip install functions-framework\nCOPY main.py .\nENTRYPOINT ["functions-framework"]\nCMD ["--target=hello"]\n',
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed when CMD is bare bash",
    code: `${U}CMD ["bash"]\n`, // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed when CMD is /bin/sh",
    code: `${A}CMD ["/bin/sh"]\n`, // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed when CMD is shell form bash",
    code: `${U}CMD bash\n`, // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed when ENTRYPOINT is bare shell",
    code: `${U}ENTRYPOINT ["/bin/bash"]\n`,
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed when CMD is bash with login flag",
    code: `${U}CMD ["bash", "-l"]\n`,
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/not suppressed when CMD is bash -c command",
    code: `${U}CMD ["bash", "-c", "my-app"]\n`,
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/not suppressed when CMD is a real application",
    code: `${U}CMD ["nginx", "-g", "daemon off;"]\n`,
    count: 1,
  },
  {
    name: "TestDL3057Rule_Check/suppressed for shell-only in final stage of multi-stage",
    code: 'FROM golang:1.21 AS builder\nRUN echo "build"\nFROM alpine:3.18\nCMD ["ash"]\n',
    // tally expects 0 (its own shell-CMD exemption); hadolint does 2 (DL3057.hs: one failure per stage)
    count: 2,
  },
  {
    name: "TestDL3057Rule_Check/not suppressed when only non-final stage has shell CMD",
    code: 'FROM ubuntu:22.04 AS base\nCMD ["bash"]\nFROM alpine:3.18\nRUN echo "app"\n',
    // tally expects 1 (one file-level finding); hadolint does 2 (DL3057.hs: one failure per stage)
    count: 2,
  },
  {
    name: "TestDL3057Rule_Check/suppressed when ENTRYPOINT overrides CMD with shell",
    code: `${A}CMD ["my-app"]\nENTRYPOINT ["/bin/sh"]\n`,
    // tally expects 0 (its own serverless/shell-only exemptions); hadolint does 1 (DL3057.hs has no exemptions)
    count: 1,
  },
]);

table("DL3061", [
  { name: "TestDL3061_InvalidInstructionOrder/LABEL before FROM", code: "LABEL foo=bar\nFROM foo", count: 1 },
  { name: "TestDL3061_InvalidInstructionOrder/FROM before LABEL", code: "FROM foo\nLABEL foo=bar", count: 0 },
  {
    name: "TestDL3061_InvalidInstructionOrder/ARG then FROM then LABEL",
    code: "ARG A=B\nFROM foo\nLABEL foo=bar",
    count: 0,
  },
  {
    name: "TestDL3061_InvalidInstructionOrder/pragma before FROM",
    code: "# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13",
    count: 0,
  },
  {
    name: "TestDL3061_InvalidInstructionOrder/FROM then ARG then RUN",
    code: "FROM foo\nARG A=B\nRUN echo bla",
    count: 0,
  },
  { name: "TestDL3061_InvalidInstructionOrder/RUN before FROM", code: "RUN echo bad\nFROM alpine", count: 1 },
  { name: "TestDL3061_InvalidInstructionOrder/COPY before FROM", code: "COPY . /app\nFROM alpine", count: 1 },
  { name: "TestDL3061_InvalidInstructionOrder/ENV before FROM", code: "ENV FOO=bar\nFROM alpine", count: 1 },
  {
    name: "TestDL3061_InvalidInstructionOrder/Multiple ARG before FROM",
    code: "ARG VERSION=latest\nARG BASE=alpine\nFROM ${BASE}:${VERSION}",
    count: 0,
  },
  {
    name: "TestDL3061_InvalidInstructionOrder/Comment and ARG before FROM",
    code: "# Build arguments\nARG VERSION=1.0\n# Base image\nFROM alpine:${VERSION}",
    count: 0,
  },
  { name: "TestDL3061_InvalidInstructionOrder/Empty lines before FROM", code: "\n\nFROM alpine", count: 0 },
  {
    name: "TestDL3061_InvalidInstructionOrder/WORKDIR before FROM",
    code: "WORKDIR /app\nFROM alpine",
    count: 1,
  },
]);

table("DL4001", [
  {
    name: "TestDL4001Rule_Check/only wget is fine",
    code: `${U}RUN apt-get update && apt-get install -y wget\nRUN wget https://example.com/file\n`,
    count: 0,
  },
  {
    name: "TestDL4001Rule_Check/only curl is fine",
    code: `${U}RUN apt-get update && apt-get install -y curl\nRUN curl -o file https://example.com/file\n`,
    count: 0,
  },
  {
    name: "TestDL4001Rule_Check/both wget and curl",
    code: `${U}RUN apt-get update && apt-get install -y wget\nRUN wget https://example.com/file1\nRUN curl -o file2 https://example.com/file2\n`,
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check/wget and curl in same RUN",
    code: `${U}RUN wget https://example.com/file1 && curl https://example.com/file2\n`,
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check/no wget or curl",
    code: `${U}RUN apt-get update && apt-get install -y vim\n`,
    count: 0,
  },
  {
    name: "TestDL4001Rule_Check/wget-like package name",
    code: `${U}RUN apt-get install -y curl\nRUN apt-get install -y wget-doc\n`,
    count: 0,
  },
  {
    name: "TestDL4001Rule_Check/multi-stage both tools",
    code: "FROM ubuntu:22.04 AS builder\nRUN wget https://example.com/source.tar.gz\n\nFROM alpine:3.18\nRUN curl -o /tmp/file https://example.com/file\n",
    // tally expects 1; hadolint does 0 (DL4001.hs resets its state at every FROM)
    count: 0,
  },
  {
    name: "TestDL4001Rule_Check/wget with full path",
    code: `${U}RUN /usr/bin/wget https://example.com/file1\nRUN curl https://example.com/file2\n`,
    // hadolint: 0 (`/usr/bin/wget` is not `wget` to it); ours sees through wrappers and path prefixes by design (src/core/shell/commands/argv.ts)
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check/most-frequent tool wins tiebreak",
    code: `${U}RUN wget https://example.com/file1\nRUN curl https://example.com/file2\nRUN curl https://example.com/file3\n`,
    // tally expects 1; hadolint does 2 (DL4001.hs flags every RUN using either tool once both were seen in the stage)
    count: 2,
  },
  {
    name: "TestDL4001Rule_Check/different tools in different stages - hadolint allows this",
    code: "FROM node as foo\nRUN wget my.xyz\n\nFROM scratch\nRUN curl localhost\n",
    // tally expects 1 (stricter on purpose); hadolint does 0 (DL4001.hs resets its state at every FROM)
    count: 0,
  },
  {
    name: "TestDL4001Rule_Check_SmartMessages/curl installed, wget used without install - prefer wget (used-without-install wins)",
    code: `${U}RUN apt-get update && apt-get install -y curl\nRUN curl https://example.com/file1\nRUN wget https://example.com/file2\n`,
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check_SmartMessages/wget installed, curl used without install - prefer curl (used-without-install wins)",
    code: `${U}RUN apt-get update && apt-get install -y wget\nRUN wget https://example.com/file1\nRUN curl https://example.com/file2\n`,
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check_SmartMessages/both installed - mention both",
    code: `${U}RUN apt-get update && apt-get install -y curl wget\nRUN curl https://example.com/file1\nRUN wget https://example.com/file2\n`,
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check_SmartMessages/neither installed - generic message",
    code: `${U}RUN curl https://example.com/file1\nRUN wget https://example.com/file2\n`,
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check_SmartMessages/apk add curl, wget used without install - prefer wget (used-without-install wins)",
    code: `${A}RUN apk add --no-cache curl\nRUN curl https://example.com/file1\nRUN wget https://example.com/file2\n`,
    count: 1,
  },
  {
    name: "TestDL4001Rule_Check_SmartMessages/benchmark pattern: curl and wget in same install with flags",
    code: `${U}RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates wget && apt-get clean\nRUN curl -L -o /tmp/file.sh https://example.com/file.sh\nRUN wget https://example.com/another-file\n`,
    count: 1,
  },
]);

table("DL4005", [
  {
    name: "TestDL4005Rule_Check/ln symlink to /bin/sh",
    code: `${U}RUN ln -sfv /bin/bash /bin/sh\n`,
    count: 1,
  },
  {
    name: "TestDL4005Rule_Check/ln with unrelated target",
    code: `${U}RUN ln -sf /bin/true /sbin/initctl\n`,
    count: 0,
  },
  {
    name: "TestDL4005Rule_Check/ln with unrelated symlink and /bin/sh in different command",
    code: `${U}RUN ln -s foo bar && unrelated && something_with /bin/sh\n`,
    count: 0,
  },
  { name: "TestDL4005Rule_Check/no ln command", code: `${U}RUN echo hello\n`, count: 0 },
  {
    name: "TestDL4005Rule_Check/ln without /bin/sh",
    code: `${U}RUN ln -s /usr/bin/python3 /usr/bin/python\n`,
    count: 0,
  },
  {
    name: "TestDL4005Rule_Check/multi-stage with ln /bin/sh in first stage",
    code: "FROM ubuntu:22.04 AS builder\nRUN ln -sf /bin/bash /bin/sh\n\nFROM alpine:3.18\nRUN echo hello\n",
    count: 1,
  },
  {
    name: "TestDL4005Rule_Check/multiple RUN instructions with one violation",
    code: `${U}RUN apt-get update\nRUN ln -sfv /bin/bash /bin/sh\nRUN echo done\n`,
    count: 1,
  },
  {
    name: "TestDL4005Rule_Check/exec form with ln /bin/sh",
    code: `${U}RUN ["ln", "-sf", "/bin/bash", "/bin/sh"]\n`,
    count: 1,
  },
  {
    name: "TestDL4005Rule_Check/ln in pipeline with /bin/sh",
    code: `${U}RUN apt-get update && ln -sf /bin/bash /bin/sh\n`,
    count: 1,
  },
]);

const WC = "RUN wget -O - https://some.site | wc -l file > /number\n";

table("DL4006", [
  {
    name: "TestDL4006Rule_Check/warn on missing pipefail",
    code: `${S}RUN wget -O - https://some.site | wc -l > /number\n`,
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/warns when using plain sh",
    code: `FROM scratch as build\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n${WC}`,
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/warn on missing pipefail in the next image",
    code: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${WC}FROM scratch as build2\n${WC}`,
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/warn on missing pipefail if next SHELL is not using it",
    code: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${WC}SHELL ["/bin/sh", "-c"]\n${WC}`,
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/don't warn on commands with no pipes",
    code: "FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number\n",
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/don't warn on commands with pipes and the pipefail option",
    code: `FROM scratch as build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n${WC}`,
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/don't warn on commands with pipes and the pipefail option 2",
    code: `FROM scratch as build\nSHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]\n${WC}`,
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/don't warn on commands with pipes and the pipefail option 3",
    code: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\n${WC}`,
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/don't warn on commands with pipes and the pipefail zsh",
    code: `FROM scratch as build\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\n${WC}`,
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/don't warn on powershell",
    code: 'FROM scratch as build\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/ignore non posix shells: pwsh",
    code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "pwsh", "-c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/ignore non posix shells: powershell",
    code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "powershell.exe" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/ignore non posix shells: cmd.exe",
    code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "cmd.exe", "/c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/ignore non posix shells: Windows backslash path",
    code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-Command"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    // tally expects 0; hadolint does 1 (DL4006.hs: a non-POSIX SHELL is recognised by its text starting with pwsh/powershell/cmd, and `C:\\...\\powershell.exe` does not)
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/no warning on exec form RUN with pipes",
    code: `${S}RUN ["sh", "-c", "wget -O - https://some.site | wc -l"]\n`,
    // tally expects 0; hadolint: 1 (language-docker joins the exec array into `sh -c wget ... | wc -l`, which has a pipe), as ours: that sh runs without pipefail
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/pipefail with ash shell",
    code: `${S}SHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l\n`,
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/multiple RUN with pipes all flagged without pipefail",
    code: `${S}RUN wget -O - https://some.site | wc -l\nRUN curl -s https://example.com | grep test\n`,
    count: 2,
  },
  {
    name: "TestDL4006Rule_Check/pipe in subshell",
    code: `${S}RUN (wget -O - https://some.site | wc -l)\n`,
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/pipe after && chain",
    code: `${S}RUN apt-get update && apt-get install -y curl | tee /log\n`,
    count: 1,
  },
  { name: "TestDL4006Rule_Check/no pipe just redirection", code: `${S}RUN echo hello > /file\n`, count: 0 },
  {
    name: "TestDL4006Rule_Check/pipefail persists after SHELL until next FROM",
    code: `${S}SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l\nRUN curl -s https://example.com | grep test\n`,
    count: 0,
  },
  {
    name: "TestDL4006Rule_Check/SHELL resets after new FROM even with same name",
    code: 'FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l\nFROM scratch as build2\nRUN curl -s https://example.com | grep test\n',
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/SHELL without pipefail after SHELL with pipefail",
    code: `${S}SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l\nSHELL ["/bin/bash", "-c"]\nRUN curl -s https://example.com | grep test\n`,
    count: 1,
  },
  { name: "TestDL4006Rule_Check/no RUN instructions", code: `${S}COPY . /app\n`, count: 0 },
  { name: "TestDL4006Rule_Check/RUN without pipes", code: `${S}RUN echo hello\n`, count: 0 },
  {
    name: "TestDL4006Rule_Check/multiline RUN with pipe",
    code: `${S}RUN wget -O - \\\n    https://some.site \\\n    | wc -l > /number\n`,
    count: 1,
  },
  {
    name: "TestDL4006Rule_Check/piped RUN before later SHELL pwsh still triggers",
    code: `${S}RUN wget -O - https://some.site | wc -l > /number\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n`,
    count: 1,
    lines: [2],
  },
  {
    name: "TestDL4006Rule_SingleShellFixPerStage/only first piped RUN gets a SHELL fix (count)",
    code: `${S}RUN wget -O - https://some.site | wc -l\nRUN curl -s https://example.com | grep test\n`,
    count: 2,
  },
  {
    name: "TestDL4006Rule_SingleShellFixPerStage/SHELL reset allows new fix (count)",
    code: `${S}RUN wget -O - https://some.site | wc -l\nSHELL ["/bin/bash", "-c"]\nRUN curl -s https://example.com | grep test\n`,
    count: 2,
  },
  {
    name: "TestDL4006Rule_SingleShellFixPerStage/new FROM resets fix tracking (count)",
    code: "FROM scratch as build\nRUN wget -O - https://some.site | wc -l\nFROM scratch as build2\nRUN curl -s https://example.com | grep test\n",
    count: 2,
  },
  ...(
    [
      ["bash with -o pipefail", '"/bin/bash", "-o", "pipefail", "-c"', 0],
      ["bash with -eo pipefail", '"/bin/bash", "-eo", "pipefail", "-c"', 0],
      ["bash with -e -o pipefail", '"/bin/bash", "-e", "-o", "pipefail", "-c"', 0],
      ["bash with multiple -o options", '"/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"', 0],
      ["zsh with -o pipefail", '"/bin/zsh", "-o", "pipefail", "-c"', 0],
      ["ash with -o pipefail", '"/bin/ash", "-o", "pipefail", "-c"', 0],
      ["sh with -o pipefail is NOT valid", '"/bin/sh", "-o", "pipefail", "-c"', 1],
      ["bash without pipefail", '"/bin/bash", "-c"', 1],
      ["bash with -o errexit only", '"/bin/bash", "-o", "errexit", "-c"', 1],
      ["just shell name", '"/bin/bash"', 1],
      ["pwsh is not valid", '"pwsh", "-o", "pipefail"', 0],
      ["cmd.exe is not valid", '"cmd.exe", "/c"', 0],
      ["bare bash with -o pipefail", '"bash", "-o", "pipefail", "-c"', 0],
      [
        // tally expects 0; hadolint does 1 (DL4006.hs: `C:\\...\\powershell.exe` does not start with pwsh/powershell/cmd)
        "Windows backslash path powershell is not valid",
        '"C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-o", "pipefail"',
        1,
      ],
    ] as const
  ).map(([name, shell, count]) => ({
    // a shell without pipefail means a finding on a piped RUN, unless it is not a POSIX shell at all
    name: `TestHasPipefailOption/${name}`,
    code: `${S}SHELL [${shell}]\nRUN wget -O - https://some.site | wc -l\n`,
    count,
  })),
]);
