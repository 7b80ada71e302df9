/**
 * tally's tests of its BuildKit checks (wharflab/tally internal/rules/buildkit/*_test.go, and the
 * older internal/rules/copyignoredfile/copyignoredfile_test.go) through the public `lint()` with
 * `--preset buildkit`. tally unit-tests each check alone, often on hand-built instruction structs;
 * here each such input is written as the Dockerfile it stands for. A case names the tally test it
 * comes from (`TestFunc/subtest`), the BuildKit checks it is about (other checks the Dockerfile
 * happens to trip are left out of the comparison) and the expected (check, line) pairs; where tally
 * asserts message facts, ours must carry them too.
 *
 * The reference is BuildKit (moby/buildkit frontend/dockerfile): where tally expects something
 * else, the case states BuildKit's result with a `// tally expects X; BuildKit does Y` comment.
 *
 * Left out, as they test tally-only machinery with no meaning for a Dockerfile linter:
 * - every `*_Metadata` test (tally's snapshot of its own rule metadata: codes, severities, doc URLs);
 * - TestJSONArgsRecommendedRule_Check_AndFix's and TestWorkdirRelativePathRule_Check_FixSuggestion's
 *   fix texts (tally's fix output; the findings themselves are ported);
 * - TestWorkdirRelativePathRule_PlanAsync and _Handler_* (tally's registry look-up of the base
 *   image's WORKDIR to refine its fix);
 * - TestPlatformCheckHandler_* and TestHandlePlatformMismatch (tally's handler of a registry answer,
 *   fed a fake image config: nothing here takes a registry answer);
 * - TestCopyIgnoredFileRule_Check_ContextAvailabilityError (an error injected into tally's build
 *   context interface; BuildKit fails the build on a .dockerignore it cannot parse);
 * - TestSplitParts (how tally splits an EXPOSE port into IP, host and container parts: no finding
 *   of its own), and the `FROM1` and empty-key rows of TestIsSelfConsistentCasing and TestIsSecretKey
 *   (no Dockerfile can write them). The other helper tables (TestIsURL, TestNormalizePath,
 *   TestParsePlatformParts, TestIsRedundantPlatform, TestIsSecretKey, TestIsAbsPath, ...) are ported
 *   as Dockerfiles, row by row, where the row decides a finding.
 */
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/core/lint/config.js";
import { type LintFinding, lint } from "../src/core/lint/engine.js";
import { rules } from "../src/core/rules/index.js";

const config = resolveConfig({ preset: "buildkit" }, rules);
/**
 * BuildKit reads the base image's environment from its configuration; by default undefined-var takes
 * an external image's environment as unknown. `imageEnv: "empty"` tells it the image defines only
 * PATH, which is what alpine's configuration holds (the image of tally's UndefinedVar cases).
 */
const bareImageConfig = resolveConfig(
  { preset: "buildkit", rules: { "undefined-var": { options: { imageEnv: "empty" } } } },
  rules,
);

/** BuildKit's name of the check behind a finding (our rule name when it is not a BuildKit check). */
function checkName(f: LintFinding): string {
  const rule = rules.find((r) => r.meta.name === f.rule);
  return rule?.meta.sources.find((s) => s.tool === "buildkit")?.id ?? f.rule;
}

interface Case {
  /** the tally test (and subtest) the case comes from */
  name: string;
  code: string;
  /** the build context's .dockerignore (none when absent) */
  dockerignore?: string;
  /** the base image's environment is just PATH (alpine's), as BuildKit sees it */
  bareImage?: boolean;
  /** the BuildKit checks the case is about */
  checks: string[];
  /** (check, line) pairs, by line then name */
  expected: string[];
  /** text each finding's message must contain, finding by finding (a string or all of an array) */
  mentions?: (string | string[])[];
  /** the findings' exact messages, in order */
  messages?: string[];
}

function findings(c: Case): LintFinding[] {
  const buildContext = c.dockerignore === undefined ? {} : { dockerignore: c.dockerignore };
  return lint(c.code, { config: c.bareImage ? bareImageConfig : config, buildContext })
    .findings.filter((f) => c.checks.includes(checkName(f)))
    .sort((a, b) => a.line - b.line || checkName(a).localeCompare(checkName(b)));
}

function table(cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const found = findings(c);
      expect(found.map((f) => `${checkName(f)}:${f.line}`)).toEqual(c.expected);
      if (c.messages) expect(found.map((f) => f.message)).toEqual(c.messages);
      for (const [i, want] of (c.mentions ?? []).entries()) {
        for (const part of Array.isArray(want) ? want : [want]) expect(found[i]?.message).toContain(part);
      }
    });
  }
}

describe("consistent_instruction_casing_test.go", () => {
  const checks = ["ConsistentInstructionCasing"];
  table([
    {
      name: "TestConsistentInstructionCasingRule_Check_MajorityUppercase",
      code: "FROM alpine\nrun echo hi\nCOPY app /app\n",
      checks,
      expected: ["ConsistentInstructionCasing:2"],
      mentions: [["run", "uppercase"]],
    },
    {
      name: "TestConsistentInstructionCasingRule_Check_MajorityLowercase",
      code: "from alpine\nrun echo hi\nCOPY app /app\n",
      checks,
      expected: ["ConsistentInstructionCasing:3"],
      mentions: [["COPY", "lowercase"]],
    },
    {
      name: "TestConsistentInstructionCasingRule_Check_AllUppercase",
      code: "FROM alpine\nRUN echo hi\nCOPY app /app\n",
      checks,
      expected: [],
    },
    {
      name: "TestConsistentInstructionCasingRule_Check_AllLowercase",
      code: "from alpine\nrun echo hi\ncopy app /app\n",
      checks,
      expected: [],
    },
    {
      name: "TestConsistentInstructionCasingRule_Check_EqualCountPrefersUppercase",
      code: "FROM alpine\nrun echo hi\n",
      checks,
      expected: ["ConsistentInstructionCasing:2"],
      mentions: [["run", "uppercase"]],
    },
    {
      name: "TestConsistentInstructionCasingRule_Check_MixedCaseIgnored",
      code: "From alpine\nRUN echo hi\n",
      checks,
      expected: ["ConsistentInstructionCasing:1"],
      mentions: [["From", "uppercase"]],
    },
    {
      name: "TestConsistentInstructionCasingRule_Check_MultipleStages",
      code: "FROM alpine\nRUN echo hi\nfrom alpine\ncopy app /app\n",
      checks,
      expected: ["ConsistentInstructionCasing:3", "ConsistentInstructionCasing:4"],
      mentions: ["uppercase", "uppercase"],
    },
    {
      // tally expects 'arg' on line 1 reported; BuildKit does not: validateCommandCasing counts and checks
      // only the stages' FROM and commands, and global ARGs are not in a stage (dockerfile2llb/lint.go)
      name: "TestConsistentInstructionCasingRule_Check_MetaArgs",
      code: "arg VERSION=1.0\nFROM alpine\nRUN echo hello\n",
      checks,
      expected: [],
    },
    {
      // Mixed-case keywords count for neither side (5 lower, 4 upper: lowercase wins) and are always reported.
      name: "TestIsSelfConsistentCasing (FROM, from, From, run, rUn, WORKDIR, workdir, WorkDir, copy, COPY, cOpY, ADD, add, Add)",
      code: "FROM alpine\nFrom alpine\nfrom alpine\nrun true\nrUn true\nWORKDIR /a\nworkdir /a\nWorkDir /a\ncopy a /a\nCOPY a /a\ncOpY a /a\nADD a /a\nadd a /a\nAdd a /a\n",
      checks,
      expected: [1, 2, 5, 6, 8, 10, 11, 12, 14].map((l) => `ConsistentInstructionCasing:${l}`),
    },
  ]);
});

describe("copy_ignored_file_test.go and copyignoredfile/copyignoredfile_test.go", () => {
  const checks = ["CopyIgnoredFile"];
  table([
    {
      name: "TestCopyIgnoredFileRule_Check_NoInvocationContext",
      code: "FROM scratch\nCOPY ignored.txt /ignored.txt\n",
      checks,
      expected: [],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_AvailableContextSource",
      code: "FROM scratch\nCOPY app.go /app.go\n",
      dockerignore: "ignored.txt\n",
      checks,
      expected: [],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_SkipsWholeContextCopy",
      code: "FROM scratch\nCOPY . /app\n",
      dockerignore: "ignored.txt\n",
      checks,
      expected: [],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_SkipsGlobContextSourceAvailabilityProbe",
      code: "FROM scratch\nCOPY *.go /app\n",
      dockerignore: "ignored.txt\n",
      checks,
      expected: [],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_UnavailableContextSource (and the older _Check_IgnoredFile, _LocationFromRanges)",
      code: "FROM scratch\nCOPY ignored.txt /ignored.txt\n",
      dockerignore: "ignored.txt\n",
      checks,
      expected: ["CopyIgnoredFile:2"],
      // tally expects its own wording ("... not available in the build context"); BuildKit's is
      // linter.RuleCopyIgnoredFile's, with the command and the cleaned source
      messages: ['Attempting to Copy file "ignored.txt" that is excluded by .dockerignore'],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_SkipsCopyFromStage",
      code: "FROM scratch AS builder\nCOPY ignored.txt /ignored.txt\nFROM scratch\nCOPY --from=builder /ignored.txt /ignored.txt\n",
      dockerignore: "ignored.txt\n",
      checks,
      expected: ["CopyIgnoredFile:2"],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_SkipsURLs (https)",
      code: "FROM scratch\nADD https://example.com/file.txt /file.txt\n",
      dockerignore: "https:\n",
      checks,
      expected: [],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_ADDUnavailableContextSource (and _Check_ADD)",
      code: "FROM scratch\nADD ignored.tar.gz /tmp/\n",
      dockerignore: "ignored.tar.gz\n",
      checks,
      expected: ["CopyIgnoredFile:2"],
    },
    {
      name: "TestCopyIgnoredFileRule_Check_MultipleStages",
      code: "FROM scratch\nCOPY ignored1.txt /ignored1.txt\nFROM scratch\nCOPY ignored2.txt /ignored2.txt\n",
      dockerignore: "ignored1.txt\nignored2.txt\n",
      checks,
      expected: ["CopyIgnoredFile:2", "CopyIgnoredFile:4"],
    },
    // The older test file's cases (on hand-built COPY commands)
    {
      name: "copyignoredfile TestCheck_NoIgnoreFile",
      code: "FROM scratch\nCOPY app.go /app.go\n",
      dockerignore: undefined,
      checks,
      expected: [],
    },
    {
      name: "copyignoredfile TestCheck_NonIgnoredFile",
      code: "FROM scratch\nCOPY app.go /app.go\n",
      dockerignore: "other.txt\n",
      checks,
      expected: [],
    },
    {
      name: "copyignoredfile TestCheck_SkipsCopyFromStage",
      code: "FROM scratch AS builder\nFROM scratch\nCOPY --from=builder app /app\n",
      dockerignore: "app\n",
      checks,
      expected: [],
    },
    {
      name: "copyignoredfile TestCheck_SkipsHeredocInSourceContents",
      code: "FROM scratch\nCOPY <<EOF /app/script.sh\n#!/bin/bash\necho hello\nEOF\n",
      dockerignore: "EOF\napp/script.sh\n",
      checks,
      expected: [],
    },
    {
      name: "copyignoredfile TestCheck_SkipsHeredocInContext",
      code: "FROM scratch\nCOPY <<script.sh /app/\necho hello\nscript.sh\n",
      dockerignore: "script.sh\n",
      checks,
      expected: [],
    },
    {
      name: "copyignoredfile TestCheck_SkipsURLs (http)",
      code: "FROM scratch\nADD http://example.com/file.txt /file.txt\n",
      dockerignore: "http:\n",
      checks,
      expected: [],
    },
    {
      name: "copyignoredfile TestCheck_NormalizesLeadingDotSlash",
      code: "FROM scratch\nCOPY ./app.go /app.go\n",
      dockerignore: "app.go\n",
      checks,
      expected: ["CopyIgnoredFile:2"],
      mentions: ['"app.go"'],
    },
    {
      name: "copyignoredfile TestNormalizePath (./dir/file.txt)",
      code: "FROM scratch\nCOPY ./dir/file.txt /x\n",
      dockerignore: "dir/file.txt\n",
      checks,
      expected: ["CopyIgnoredFile:2"],
      mentions: ['"dir/file.txt"'],
    },
    {
      name: "copyignoredfile TestCheck_MultipleStages (on ADD and COPY alike)",
      code: "FROM scratch\nADD ignored1.txt /\nFROM scratch\nCOPY ignored2.txt /\n",
      dockerignore: "ignored1.txt\nignored2.txt\n",
      checks,
      expected: ["CopyIgnoredFile:2", "CopyIgnoredFile:4"],
      mentions: ["Add", "Copy"],
    },
    {
      // Every source's first segment is excluded: only the remote ones must be skipped.
      // tally expects ftp:// (line 4) skipped as a URL; BuildKit checks it: dispatchCopy skips only git
      // and http(s) sources, so "ftp:/example.com/file" goes through validateCopySourcePath.
      // /abs/path (line 8): BuildKit's matcher compares "/abs/path" with the pattern "abs" and misses
      // it; we report it on purpose (the source is the context's abs/path; copy-ignored-file.md).
      name: "TestIsURL / TestIsURLCopyIgnored (http, https, ftp, git, file.txt, ./file.txt, /abs/path)",
      code: "FROM scratch\nADD http://example.com/file /a\nADD https://example.com/file /b\nADD ftp://example.com/file /c\nADD git://github.com/user/repo.git /d\nADD file.txt /e\nADD ./file.txt /f\nADD /abs/path /g\n",
      dockerignore: "http:\nhttps:\nftp:\ngit:\nfile.txt\nabs\n",
      checks,
      expected: ["CopyIgnoredFile:4", "CopyIgnoredFile:6", "CopyIgnoredFile:7", "CopyIgnoredFile:8"],
    },
  ]);
});

describe("duplicate_stage_name_test.go", () => {
  const checks = ["DuplicateStageName"];
  table([
    {
      name: "TestDuplicateStageNameRule_Check",
      code: "FROM scratch AS builder\nFROM scratch AS final\nFROM scratch AS builder\n",
      checks,
      expected: ["DuplicateStageName:3"],
      mentions: ["builder"],
    },
    {
      name: "TestDuplicateStageNameRule_Check_CaseInsensitive",
      code: "FROM scratch AS Builder\nFROM scratch AS BUILDER\n",
      checks,
      expected: ["DuplicateStageName:2"],
    },
    {
      name: "TestDuplicateStageNameRule_Check_EmptyNameIgnored",
      code: "FROM scratch\nFROM scratch AS final\n",
      checks,
      expected: [],
    },
  ]);
});

describe("expose_invalid_format_test.go", () => {
  const checks = ["ExposeInvalidFormat"];
  const at2 = ["ExposeInvalidFormat:2"];
  table([
    {
      name: "TestExposeInvalidFormatRule_Check/BuildKit test case - mixed valid and invalid formats",
      code: "FROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n",
      checks,
      expected: ["ExposeInvalidFormat:2", "ExposeInvalidFormat:2", "ExposeInvalidFormat:2"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/simple port - no violations",
      code: "FROM scratch\nEXPOSE 80\n",
      checks,
      expected: [],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/port with protocol - no violations",
      code: "FROM scratch\nEXPOSE 80/tcp 443/udp\n",
      checks,
      expected: [],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/port range - no violations",
      code: "FROM scratch\nEXPOSE 8080-8090/tcp\n",
      checks,
      expected: [],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/host-port mapping",
      code: "FROM scratch\nEXPOSE 5000:5000\n",
      checks,
      expected: at2,
      mentions: ["5000:5000"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/IP address with host-port",
      code: "FROM scratch\nEXPOSE 0.0.0.0:8080:8080\n",
      checks,
      expected: at2,
      mentions: ["0.0.0.0:8080:8080"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/IPv6 address with host-port",
      code: "FROM scratch\nEXPOSE [::1]:80:80\n",
      checks,
      expected: at2,
      mentions: ["[::1]:80:80"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/multiple EXPOSE instructions",
      code: "FROM scratch\nEXPOSE 127.0.0.1:80:80\nEXPOSE 5000:5000\n",
      checks,
      expected: ["ExposeInvalidFormat:2", "ExposeInvalidFormat:3"],
      mentions: ["127.0.0.1:80:80", "5000:5000"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/multiple stages",
      code: "FROM scratch AS base\nEXPOSE 5000:5000\nFROM scratch\nEXPOSE 127.0.0.1:80:80\n",
      checks,
      expected: ["ExposeInvalidFormat:2", "ExposeInvalidFormat:4"],
      mentions: ["5000:5000", "127.0.0.1:80:80"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/host-port mapping with protocol",
      code: "FROM scratch\nEXPOSE 5000:5000/tcp\n",
      checks,
      expected: at2,
      mentions: ["5000:5000/tcp"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check/IP with port range",
      code: "FROM scratch\nEXPOSE 0.0.0.0:1234-1236:1234-1236/tcp\n",
      checks,
      expected: at2,
      mentions: ["0.0.0.0:1234-1236:1234-1236/tcp"],
    },
    {
      name: "TestExposeInvalidFormatRule_Check_ViolationDetails",
      code: "FROM scratch\nEXPOSE 127.0.0.1:80:80\n",
      checks,
      expected: at2,
      mentions: ["127.0.0.1:80:80"],
    },
  ]);
});

describe("expose_proto_casing_test.go", () => {
  const checks = ["ExposeProtoCasing"];
  const at2 = ["ExposeProtoCasing:2"];
  table([
    {
      name: "TestExposeProtoCasingRule_Check/mixed case protocols (BuildKit test case)",
      code: "FROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n",
      checks,
      expected: ["ExposeProtoCasing:2", "ExposeProtoCasing:2"],
      mentions: ["80/TcP", "8080/TCP"],
    },
    {
      name: "TestExposeProtoCasingRule_Check/all lowercase protocols - no violations",
      code: "FROM scratch\nEXPOSE 80/tcp 443/udp\n",
      checks,
      expected: [],
    },
    {
      name: "TestExposeProtoCasingRule_Check/no protocol specified - no violations",
      code: "FROM scratch\nEXPOSE 80 443\n",
      checks,
      expected: [],
    },
    {
      name: "TestExposeProtoCasingRule_Check/single uppercase TCP",
      code: "FROM scratch\nEXPOSE 8080/TCP\n",
      checks,
      expected: at2,
      mentions: ["8080/TCP"],
    },
    {
      name: "TestExposeProtoCasingRule_Check/single uppercase UDP",
      code: "FROM scratch\nEXPOSE 53/UDP\n",
      checks,
      expected: at2,
      mentions: ["53/UDP"],
    },
    {
      name: "TestExposeProtoCasingRule_Check/port range with uppercase protocol",
      code: "FROM scratch\nEXPOSE 8080-8090/TCP\n",
      checks,
      expected: at2,
      mentions: ["8080-8090/TCP"],
    },
    {
      name: "TestExposeProtoCasingRule_Check/multiple EXPOSE instructions",
      code: "FROM scratch\nEXPOSE 80/TCP\nEXPOSE 443/UDP\n",
      checks,
      expected: ["ExposeProtoCasing:2", "ExposeProtoCasing:3"],
      mentions: ["80/TCP", "443/UDP"],
    },
    {
      name: "TestExposeProtoCasingRule_Check/mixed - some correct some not",
      code: "FROM scratch\nEXPOSE 80/tcp 443/UDP\n",
      checks,
      expected: at2,
      mentions: ["443/UDP"],
    },
    {
      name: "TestExposeProtoCasingRule_Check/multiple stages",
      code: "FROM scratch AS base\nEXPOSE 80/TCP\nFROM scratch\nEXPOSE 443/UDP\n",
      checks,
      expected: ["ExposeProtoCasing:2", "ExposeProtoCasing:4"],
      mentions: ["80/TCP", "443/UDP"],
    },
    {
      name: "TestExposeProtoCasingRule_Check_ViolationDetails",
      code: "FROM scratch\nEXPOSE 8080/TCP\n",
      checks,
      expected: at2,
      messages: ["Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase"],
    },
  ]);
});

describe("from_platform_flag_const_disallowed_test.go", () => {
  const checks = ["FromPlatformFlagConstDisallowed"];
  const at1 = ["FromPlatformFlagConstDisallowed:1"];
  const dl3029 = (platform: string, expected: string[]) => ({
    name: `TestFromPlatformFlagConstDisallowed_HadolintDL3029: ${platform || "no platform flag"}`,
    code: `FROM ${platform ? `--platform=${platform} ` : ""}debian:jessie\n`,
    checks,
    expected,
  });
  table([
    {
      name: "TestFromPlatformFlagConstDisallowed_ConstantPlatform",
      code: "FROM --platform=linux/amd64 scratch\n",
      checks,
      expected: at1,
      messages: ['FROM --platform flag should not use constant value "linux/amd64"'],
    },
    {
      name: "TestFromPlatformFlagConstDisallowed_StageNameContainsArch",
      code: "FROM --platform=linux/amd64 scratch AS my_amd64_stage\n",
      checks,
      expected: [],
    },
    {
      name: "TestFromPlatformFlagConstDisallowed_StageNameContainsOS",
      code: "FROM --platform=linux/amd64 scratch AS linux\n",
      checks,
      expected: [],
    },
    {
      name: "TestFromPlatformFlagConstDisallowed_NoPlatform",
      code: "FROM ubuntu:22.04\n",
      checks,
      expected: [],
    },
    dl3029("linux", at1),
    dl3029("", []),
    dl3029("$BUILDPLATFORM", []),
    dl3029('"$BUILDPLATFORM"', []),
    dl3029("${BUILDPLATFORM}", []),
    dl3029("${BUILDPLATFORM:-}", []),
    dl3029('"${BUILDPLATFORM:-}"', []),
    dl3029("$TARGETPLATFORM", []),
    dl3029("linux/$ARCH", []),
    dl3029("$OS/amd64", []),
    {
      name: "TestFromPlatformFlagConstDisallowed_SingleComponentPlatform",
      code: "FROM --platform=linux debian:jessie\n",
      checks,
      expected: at1,
      messages: ['FROM --platform flag should not use constant value "linux"'],
    },
    {
      name: "TestFromPlatformFlagConstDisallowed_SingleComponentWithStageName",
      code: "FROM --platform=linux debian:jessie AS linux_build\n",
      checks,
      expected: [],
    },
    {
      name: "TestFromPlatformFlagConstDisallowed_MultipleStages",
      code: "FROM --platform=linux/amd64 ubuntu:22.04\nFROM --platform=$BUILDPLATFORM alpine:3.21\nFROM --platform=linux/arm64 debian:bookworm\nFROM --platform=linux/amd64 scratch AS build_amd64\n",
      checks,
      expected: ["FromPlatformFlagConstDisallowed:1", "FromPlatformFlagConstDisallowed:3"],
    },
    {
      name: "TestFromPlatformFlagConstDisallowed_WindowsPlatform",
      code: "FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022\n",
      checks,
      expected: at1,
    },
    {
      name: "TestFromPlatformFlagConstDisallowed_PlatformWithVariant",
      code: "FROM --platform=linux/arm/v7 alpine:3.21\n",
      checks,
      expected: at1,
    },
    // TestParsePlatformParts: the rows that decide whether a constant is reported
    {
      name: "TestParsePlatformParts/darwin platform",
      code: "FROM --platform=darwin/arm64 scratch\n",
      checks,
      expected: at1,
    },
    {
      name: "TestParsePlatformParts/single component arch",
      code: "FROM --platform=amd64 scratch\n",
      checks,
      expected: at1,
    },
    {
      name: "TestParsePlatformParts/empty OS",
      code: "FROM --platform=/amd64 scratch\n",
      checks,
      expected: [],
    },
    {
      name: "TestParsePlatformParts/empty arch",
      code: "FROM --platform=linux/ scratch\n",
      checks,
      expected: [],
    },
  ]);
});

describe("invalid_base_image_platform_test.go", () => {
  const checks = ["InvalidBaseImagePlatform"];
  table([
    {
      name: "TestInvalidBaseImagePlatformRule_Check_ReturnsNil",
      code: "FROM alpine\nRUN echo hi\n",
      checks,
      expected: [],
    },
    // tally's PlanAsync cases count the registry look-ups it plans; the finding needs the registry's
    // answer, which a static lint never has (and these images do have the platform asked for).
    {
      name: "TestInvalidBaseImagePlatformRule_PlanAsync/single external image",
      code: "FROM alpine:3.19\nRUN echo hi\n",
      checks,
      expected: [],
    },
    {
      name: "TestInvalidBaseImagePlatformRule_PlanAsync/scratch is skipped",
      code: "FROM scratch\nCOPY --from=0 /app /app\n",
      checks,
      expected: [],
    },
    {
      name: "TestInvalidBaseImagePlatformRule_PlanAsync/stage reference is skipped",
      code: "FROM alpine:3.19 AS builder\nRUN echo build\n\nFROM builder\nRUN echo run\n",
      checks,
      expected: [],
    },
    {
      name: "TestInvalidBaseImagePlatformRule_PlanAsync/multiple external images",
      code: "FROM golang:1.22 AS builder\nRUN go build\n\nFROM alpine:3.19\nCOPY --from=builder /app /app\n",
      checks,
      expected: [],
    },
    {
      name: "TestInvalidBaseImagePlatformRule_PlanAsync/with explicit platform",
      code: "FROM --platform=linux/arm64 alpine:3.19\nRUN echo hi\n",
      checks,
      expected: [],
    },
    {
      name: "TestInvalidBaseImagePlatformRule_PlanAsync/digest-pinned ref",
      code: "FROM alpine@sha256:abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890\nRUN echo hi\n",
      checks,
      expected: [],
    },
  ]);
});

describe("invalid_default_arg_in_from_test.go", () => {
  const checks = ["InvalidDefaultArgInFrom"];
  table([
    {
      name: "TestInvalidDefaultArgInFromRule_Check/flags missing default for tag in base name",
      code: "ARG VERSION\nFROM busybox:$VERSION\n",
      checks,
      expected: ["InvalidDefaultArgInFrom:2"],
    },
    {
      name: "TestInvalidDefaultArgInFromRule_Check/flags missing default for full base image arg",
      code: "ARG IMAGE\nFROM $IMAGE\n",
      checks,
      expected: ["InvalidDefaultArgInFrom:2"],
    },
    {
      name: "TestInvalidDefaultArgInFromRule_Check/flags invalid default expansion that leaves trailing colon",
      code: 'ARG SFX="box:"\nFROM busy${SFX}\n',
      checks,
      expected: ["InvalidDefaultArgInFrom:2"],
    },
    {
      name: "TestInvalidDefaultArgInFromRule_Check/allows valid default in base name",
      code: 'ARG VERSION="latest"\nFROM busybox:${VERSION}\n',
      checks,
      expected: [],
    },
    {
      name: "TestInvalidDefaultArgInFromRule_Check/allows empty default that still produces valid base image",
      code: 'ARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n',
      checks,
      expected: [],
    },
    {
      name: "TestInvalidDefaultArgInFromRule_Check/allows unset arg used as suffix that still produces valid base image",
      code: "ARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}\n",
      checks,
      expected: [],
    },
    {
      name: "TestInvalidDefaultArgInFromRule_Check/expands meta arg defaults transitively",
      code: "ARG NAME=busybox\nARG TAG=latest\nARG BASE=${NAME}:${TAG}\nFROM ${BASE}\n",
      checks,
      expected: [],
    },
    {
      name: "TestInvalidDefaultArgInFromRule_Check/flags invalid expanded default",
      code: "ARG TAG=\nARG BASE=busybox:${TAG}\nFROM ${BASE}\n",
      checks,
      expected: ["InvalidDefaultArgInFrom:3"],
    },
  ]);
});

describe("json_args_recommended_test.go", () => {
  table([
    {
      name: "TestJSONArgsRecommendedRule_Check_AndFix (the findings)",
      code: 'FROM alpine\nCMD echo hello # trailing comment\nENTRYPOINT echo \'hello world\'\nCMD ["echo", "already-exec"]\n',
      checks: ["JSONArgsRecommended"],
      expected: ["JSONArgsRecommended:2", "JSONArgsRecommended:3"],
    },
  ]);
});

describe("multiple_instructions_disallowed_test.go", () => {
  const checks = ["MultipleInstructionsDisallowed"];
  const lines = (...ls: number[]) => ls.map((l) => `MultipleInstructionsDisallowed:${l}`);
  const cases: (Case & { instruction: string })[] = [
    {
      instruction: "CMD",
      name: "TestMultipleInstructionsDisallowedCMD/many cmds",
      code: "FROM debian\nCMD bash\nRUN foo\nCMD another\n",
      checks,
      expected: lines(2),
    },
    {
      instruction: "CMD",
      name: "TestMultipleInstructionsDisallowedCMD/single cmds in different stages",
      code: "FROM debian AS distro1\nCMD bash\nRUN foo\nFROM debian AS distro2\nCMD another\n",
      checks,
      expected: [],
    },
    {
      instruction: "CMD",
      name: "TestMultipleInstructionsDisallowedCMD/three cmds in same stage",
      code: "FROM debian\nCMD first\nCMD second\nCMD third\n",
      checks,
      expected: lines(2, 3),
    },
    {
      instruction: "HEALTHCHECK",
      name: "TestMultipleInstructionsDisallowedHealthcheck/two HEALTHCHECK in same stage",
      code: "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2\n",
      checks,
      expected: lines(2),
    },
    {
      instruction: "HEALTHCHECK",
      name: "TestMultipleInstructionsDisallowedHealthcheck/three HEALTHCHECK in same stage",
      code: "FROM scratch\nHEALTHCHECK CMD /bin/check1\nHEALTHCHECK CMD /bin/check2\nHEALTHCHECK CMD /bin/check3\n",
      checks,
      expected: lines(2, 3),
    },
    {
      instruction: "HEALTHCHECK",
      name: "TestMultipleInstructionsDisallowedHealthcheck/HEALTHCHECK in different stages",
      code: "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2\n",
      checks,
      expected: [],
    },
    {
      instruction: "ENTRYPOINT",
      name: "TestMultipleInstructionsDisallowedEntrypoint/many entrypoints",
      code: "FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n",
      checks,
      expected: lines(2),
    },
    {
      instruction: "ENTRYPOINT",
      name: "TestMultipleInstructionsDisallowedEntrypoint/many entrypoints in different stages",
      code: "FROM debian AS distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian AS distro2\nENTRYPOINT another\n",
      checks,
      expected: lines(2),
    },
    {
      instruction: "ENTRYPOINT",
      name: "TestMultipleInstructionsDisallowedEntrypoint/single entrypoint",
      code: "FROM scratch\nENTRYPOINT /bin/true\n",
      checks,
      expected: [],
    },
  ];
  table(cases.map((c) => ({ ...c, mentions: c.expected.map(() => c.instruction) })));

  it("the findings are warnings", () => {
    const found = findings(cases[2]!);
    expect(found.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });
});

describe("redundant_target_platform_test.go", () => {
  const checks = ["RedundantTargetPlatform"];
  const at1 = ["RedundantTargetPlatform:1"];
  table([
    {
      name: "TestRedundantTargetPlatformRule_Check_RedundantTargetPlatform",
      code: "FROM --platform=$TARGETPLATFORM ubuntu:22.04\n",
      checks,
      expected: at1,
    },
    {
      name: "TestRedundantTargetPlatformRule_Check_RedundantTargetPlatformBraces",
      code: "FROM --platform=${TARGETPLATFORM} ubuntu:22.04\n",
      checks,
      expected: at1,
    },
    {
      name: "TestRedundantTargetPlatformRule_Check_NoPlatform",
      code: "FROM ubuntu:22.04\n",
      checks,
      expected: [],
    },
    {
      name: "TestRedundantTargetPlatformRule_Check_ExplicitPlatform",
      code: "FROM --platform=linux/amd64 ubuntu:22.04\n",
      checks,
      expected: [],
    },
    {
      name: "TestRedundantTargetPlatformRule_Check_OtherVariable",
      code: "FROM --platform=$BUILDPLATFORM ubuntu:22.04\n",
      checks,
      expected: [],
    },
    {
      name: "TestRedundantTargetPlatformRule_Check_MultipleStages",
      code: "FROM --platform=$TARGETPLATFORM ubuntu:22.04\nFROM builder\nFROM --platform=${TARGETPLATFORM} alpine:3.18\n",
      checks,
      expected: ["RedundantTargetPlatform:1", "RedundantTargetPlatform:3"],
    },
    {
      // tally expects a finding (it trims the value); BuildKit does not: the quoted flag keeps its
      // spaces, so " linux/amd64 " differs from TARGETPLATFORM (reportRedundantTargetPlatform)
      name: "TestIsRedundantPlatform/' $TARGETPLATFORM '",
      code: 'FROM --platform=" $TARGETPLATFORM " scratch\n',
      checks,
      expected: [],
    },
    {
      // tally expects nothing (a default is not "just the variable"); BuildKit reports it: TARGETPLATFORM
      // is always set, so the only matched name is TARGETPLATFORM and the result is its value
      name: "TestIsRedundantPlatform/${TARGETPLATFORM:-linux/amd64}",
      code: "FROM --platform=${TARGETPLATFORM:-linux/amd64} scratch\n",
      checks,
      expected: at1,
    },
    {
      name: "TestIsRedundantPlatform/$TARGETPLATFORM/$VARIANT",
      code: "FROM --platform=$TARGETPLATFORM/$VARIANT scratch\n",
      checks,
      expected: [],
    },
  ]);
});

describe("reserved_stage_name_test.go", () => {
  const checks = ["ReservedStageName"];
  table([
    {
      name: "TestReservedStageNameRule_Check",
      code: "FROM alpine AS scratch\nFROM alpine AS context\n",
      checks,
      expected: ["ReservedStageName:1", "ReservedStageName:2"],
    },
    {
      name: "TestReservedStageNameRule_Check_NoName",
      code: "FROM alpine\nFROM alpine AS final\n",
      checks,
      expected: [],
    },
    {
      name: "TestReservedStageNameRule_Check_NonReserved",
      code: "FROM alpine AS builder\nFROM alpine AS final\n",
      checks,
      expected: [],
    },
    {
      // tally expects nothing (its mock stages keep "Scratch"); BuildKit reports both: parseBuildStageName
      // lowercases the name (instructions/parse.go) before validateStageNames looks it up
      name: "TestReservedStageNameRule_Check_CaseSensitive",
      code: "FROM alpine AS Scratch\nFROM alpine AS Context\n",
      checks,
      expected: ["ReservedStageName:1", "ReservedStageName:2"],
    },
  ]);
});

describe("secrets_in_arg_or_env_test.go", () => {
  const checks = ["SecretsUsedInArgOrEnv"];
  table([
    {
      name: "TestSecretsInArgOrEnvRule_Check_ARGWithSecret",
      code: "FROM alpine\nARG API_KEY\n",
      checks,
      expected: ["SecretsUsedInArgOrEnv:2"],
    },
    {
      name: "TestSecretsInArgOrEnvRule_Check_ENVWithSecret",
      code: "FROM alpine\nENV DATABASE_PASSWORD=secret123\n",
      checks,
      expected: ["SecretsUsedInArgOrEnv:2"],
    },
    {
      // tally expects the global ARG reported; BuildKit does not: validateNoSecretKey runs in
      // dispatchArg (a stage's ARG), and convert.go's loop over the global ARGs does not call it
      name: "TestSecretsInArgOrEnvRule_Check_MetaARGWithSecret",
      code: "ARG AUTH_TOKEN=secretvalue\nFROM alpine\n",
      checks,
      expected: [],
    },
    {
      name: "TestSecretsInArgOrEnvRule_Check_NoSecrets",
      code: "FROM alpine\nARG VERSION\nENV PORT=8080\n",
      checks,
      expected: [],
    },
    {
      name: "TestSecretsInArgOrEnvRule_Check_PublicKeyAllowed",
      code: "FROM alpine\nARG PUBLIC_KEY\n",
      checks,
      expected: [],
    },
    {
      // one key a line: the 15 secret ones (lines 2-16), then VERSION, PORT, NAME, PUBLIC_KEY, KEYBOARD, X
      name: "TestIsSecretKey",
      code: `FROM alpine\n${[
        "API_KEY",
        "apikey",
        "APIKEY",
        "api_key",
        "PASSWORD",
        "DB_PASSWORD",
        "passwd",
        "pword",
        "SECRET",
        "MY_SECRET_VALUE",
        "TOKEN",
        "AUTH_TOKEN",
        "auth",
        "CREDENTIAL",
        "credentials",
        "VERSION",
        "PORT",
        "NAME",
        "PUBLIC_KEY",
        "KEYBOARD",
        "X",
      ]
        .map((k) => `ARG ${k}\n`)
        .join("")}`,
      checks,
      expected: Array.from({ length: 15 }, (_, i) => `SecretsUsedInArgOrEnv:${i + 2}`),
    },
    {
      name: "TestSecretsInArgOrEnvRule_Check_MultipleSecrets",
      code: "FROM alpine\nARG API_KEY VERSION\nENV PASSWORD=secret TOKEN=abc123\n",
      checks,
      expected: ["SecretsUsedInArgOrEnv:2", "SecretsUsedInArgOrEnv:3", "SecretsUsedInArgOrEnv:3"],
    },
  ]);
});

describe("undefined_arg_in_from_test.go", () => {
  const checks = ["UndefinedArgInFrom"];
  table([
    {
      name: "TestUndefinedArgInFromRule_Check/allows declared base arg with default",
      code: "ARG base=scratch\nFROM $base\n",
      checks,
      expected: [],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/allows declared BUILDPLATFORM arg",
      code: "ARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n",
      checks,
      expected: [],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/allows automatic BUILDPLATFORM arg",
      code: "FROM --platform=$BUILDPLATFORM scratch\n",
      checks,
      expected: [],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/allows declared arg used in base name",
      code: "ARG DEBUG\nFROM scratch${DEBUG}\n",
      checks,
      expected: [],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/allows default substitution expansion",
      code: "ARG DEBUG\nFROM scra${DEBUG:-tch}\n",
      checks,
      expected: [],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/allows alternate value expansion",
      code: 'ARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n',
      checks,
      expected: [],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/warns for unknown platform arg with suggestion",
      code: "FROM --platform=$BULIDPLATFORM scratch\n",
      checks,
      expected: ["UndefinedArgInFrom:1"],
      messages: ["FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)"],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/warns for unknown platform arg with underscore suggestion",
      code: "ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n",
      checks,
      expected: ["UndefinedArgInFrom:2"],
      messages: ["FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)"],
    },
    {
      name: "TestUndefinedArgInFromRule_Check/warns for unknown base name arg",
      code: "ARG tag=latest\nFROM busybox:${tag}${version} AS b\n",
      checks,
      expected: ["UndefinedArgInFrom:2"],
      messages: ["FROM argument 'version' is not declared"],
    },
  ]);
});

describe("undefined_var_test.go", () => {
  const checks = ["UndefinedVar"];
  const bareImage = true;
  table([
    {
      name: "TestUndefinedVarRule_Check/warns for undefined var in COPY",
      code: "FROM alpine\nCOPY $foo .\n",
      checks,
      bareImage,
      expected: ["UndefinedVar:2"],
      messages: ["Usage of undefined variable '$foo'"],
    },
    {
      name: "TestUndefinedVarRule_Check/allows var after ARG declaration",
      code: "FROM alpine\nARG foo\nCOPY $foo .\n",
      checks,
      bareImage,
      expected: [],
    },
    {
      name: "TestUndefinedVarRule_Check/warns for undefined var in ARG default",
      code: "FROM alpine\nARG VERSION=$foo\n",
      checks,
      bareImage,
      expected: ["UndefinedVar:2"],
      messages: ["Usage of undefined variable '$foo'"],
    },
    {
      name: "TestUndefinedVarRule_Check/suggests for common typo",
      code: "FROM alpine\nENV PATH=$PAHT:/app/bin\n",
      checks,
      bareImage,
      expected: ["UndefinedVar:2"],
      messages: ["Usage of undefined variable '$PAHT' (did you mean $PATH?)"],
    },
    {
      name: "TestUndefinedVarRule_Check/suggests closest match among multiple ARGs",
      code: "FROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n",
      checks,
      bareImage,
      expected: ["UndefinedVar:5"],
      messages: ["Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)"],
    },
    {
      name: "TestUndefinedVarRule_Check/inherits ENV from base stage",
      code: "FROM alpine AS base\nENV FOO=bar\n\nFROM base\nCOPY $FOO .\n",
      checks,
      bareImage,
      expected: [],
    },
    {
      name: "TestUndefinedVarRule_Check/does not treat global ARG as defined in stage",
      code: "ARG foo=bar\nFROM alpine\nCOPY $foo .\n",
      checks,
      bareImage,
      expected: ["UndefinedVar:3"],
      messages: ["Usage of undefined variable '$foo'"],
    },
    {
      name: "TestUndefinedVarRule_Check/multi-stage undefined vars across different targets",
      code: "FROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n",
      checks,
      bareImage,
      expected: ["UndefinedVar:2", "UndefinedVar:5"],
      messages: ["Usage of undefined variable '$foo'", "Usage of undefined variable '$bar'"],
    },
  ]);
});

describe("workdir_relative_path_test.go", () => {
  const checks = ["WorkdirRelativePath"];
  table([
    {
      name: "TestWorkdirRelativePathRule_Check_RelativeWithoutAbsolute",
      code: "FROM scratch\nWORKDIR app\n",
      checks,
      expected: ["WorkdirRelativePath:2"],
    },
    {
      name: "TestWorkdirRelativePathRule_Check_AbsoluteFirst",
      code: "FROM scratch\nWORKDIR /app\nWORKDIR src\n",
      checks,
      expected: [],
    },
    {
      name: "TestWorkdirRelativePathRule_Check_OnlyAbsolute",
      code: "FROM scratch\nWORKDIR /app\n",
      checks,
      expected: [],
    },
    {
      // tally expects both; BuildKit reports only the first: dispatchWorkdir sets workdirSet after any
      // WORKDIR, relative or not (dockerfile2llb/convert.go)
      name: "TestWorkdirRelativePathRule_Check_MultipleRelativeBeforeAbsolute",
      code: "FROM scratch\nWORKDIR app\nWORKDIR src\n",
      checks,
      expected: ["WorkdirRelativePath:2"],
    },
    {
      name: "TestWorkdirRelativePathRule_Check_MultipleStages",
      code: "FROM scratch\nWORKDIR /app\nFROM scratch\nWORKDIR src\n",
      checks,
      expected: ["WorkdirRelativePath:4"],
    },
    {
      name: "TestWorkdirRelativePathRule_WindowsDriveLetter/Windows drive letter is absolute",
      code: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR c:/build\n",
      checks,
      expected: [],
    },
    {
      name: "TestWorkdirRelativePathRule_WindowsDriveLetter/Linux drive letter is relative",
      code: "FROM alpine:3.20\nWORKDIR c:/build\n",
      checks,
      expected: ["WorkdirRelativePath:2"],
    },
    {
      name: "TestWorkdirRelativePathRule_Check_FixSuggestion (the finding)",
      code: "FROM alpine:3.18\nWORKDIR app\n",
      checks,
      expected: ["WorkdirRelativePath:2"],
    },
    {
      // each path is the first WORKDIR of its stage (BuildKit checks only that one)
      name: "TestIsAbsPath (Linux rows: /app, /, app, ./app, ../app, c:/build)",
      code: "FROM scratch\nWORKDIR /app\nFROM scratch\nWORKDIR /\nFROM scratch\nWORKDIR app\nFROM scratch\nWORKDIR ./app\nFROM scratch\nWORKDIR ../app\nFROM scratch\nWORKDIR c:/build\n",
      checks,
      expected: [6, 8, 10, 12].map((l) => `WorkdirRelativePath:${l}`),
    },
    {
      // with escape=` so that backslashes stay in the path, as tally's strings have them
      name: "TestIsAbsPath (Windows rows: C:\\app, C:/app, c:/build, /app, \\app, app, .\\app)",
      code: `# escape=\`\n${["C:\\app", "C:/app", "c:/build", "/app", "\\app", "app", ".\\app"]
        .map((p) => `FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR ${p}\n`)
        .join("")}`,
      checks,
      expected: ["WorkdirRelativePath:13", "WorkdirRelativePath:15"],
    },
  ]);
});
