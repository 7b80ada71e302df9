import { describe, expect, it } from "vitest";
import { type LintConfig, resolveConfig } from "../../lint/config.js";
import { lint } from "../../lint/engine.js";
import { testRule } from "../../lint/rule-tester.js";
import rule from "./multiple-cmd-entrypoint-healthcheck.js";

testRule(rule, {
  valid: [
    "FROM scratch",
    "FROM busybox",
    "FROM scratch\nHEALTHCHECK CMD /bin/bla",
    "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2",
    "FROM debian as distro1\nCMD bash\nRUN foo\nFROM debian as distro2\nCMD another\n",
    "FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian as distro2\nENTRYPOINT another\n",
    "CMD /bin/true",
    "ENTRYPOINT /bin/true",
    // BuildKit: a HEALTHCHECK's CMD is not a top-level CMD
    "FROM python:alpine\nRUN apk add curl\nHEALTHCHECK --interval=1s --timeout=3s \\\n  CMD curl -f http://localhost:8080 || exit 1\nCMD python -m http.server 8080\n",
    'FROM alpine\nCMD echo "Hello, Norway!"; echo "Hello, Sweden!"\n',
    // a stage built FROM another stage starts over
    'FROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
    // ONBUILD triggers belong to the child build
    "FROM alpine\nONBUILD CMD a\nONBUILD CMD b\nCMD c\n",
  ],
  invalid: [
    {
      code: "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2",
      errors: [
        { messageId: "overridden", message: /on line 3/, line: 2, column: 1, endLine: 2, endColumn: 12 },
      ],
      output: "FROM scratch\nHEALTHCHECK CMD /bin/bla2",
    },
    {
      code: "FROM debian\nCMD bash\nRUN foo\nCMD another\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: "FROM debian\nRUN foo\nCMD another\n",
    },
    {
      code: "FROM debian as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: "FROM debian as distro1\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another\n",
    },
    {
      code: "FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: "FROM debian\nRUN foo\nENTRYPOINT another\n",
    },
    {
      name: "BuildKit: every overridden instruction is reported",
      code: 'FROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
      errors: [
        { message: /Multiple ENTRYPOINT/, line: 2, column: 1, endLine: 2, endColumn: 11 },
        { message: /Multiple CMD/, line: 4, column: 1, endLine: 4, endColumn: 4 },
        { message: /Multiple HEALTHCHECK/, line: 6, column: 1, endLine: 6, endColumn: 12 },
      ],
      output:
        'FROM scratch\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
    },
    {
      name: "BuildKit: still overridden across other instructions and heredocs",
      code: 'FROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 11 },
        { line: 3, column: 1, endLine: 3, endColumn: 4 },
        { line: 4, column: 1, endLine: 4, endColumn: 12 },
      ],
      output:
        'FROM scratch\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
    },
    {
      name: "three CMDs: the first two are reported",
      code: "FROM alpine\nCMD a\n  CMD b \\\n  c\ncmd d\n",
      errors: [
        { message: /on line 3/, line: 2, column: 1, endLine: 2, endColumn: 4 },
        { message: /on line 5/, line: 3, column: 3, endLine: 3, endColumn: 6 },
      ],
      output: "FROM alpine\ncmd d\n",
    },
    {
      name: "HEALTHCHECK NONE overrides an earlier HEALTHCHECK",
      code: "FROM alpine\nHEALTHCHECK CMD true\nHEALTHCHECK NONE\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 12 }],
      output: "FROM alpine\nHEALTHCHECK NONE\n",
    },
  ],
});

describe("multiple-cmd-entrypoint-healthcheck severities", () => {
  const code =
    "FROM scratch\nENTRYPOINT a\nENTRYPOINT b\nCMD a\nCMD b\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\n";
  const levels = (config: LintConfig, text = code) =>
    lint(text, { config: resolveConfig(config, [rule]) }).findings.map(
      (f) => `${f.line} ${f.aliases[0]} ${f.severity}`,
    );

  it("hadolint's preset: DL4004 and DL3012 are errors, DL4003 a warning", () => {
    expect(levels({ preset: "hadolint" })).toEqual(["2 DL4004 error", "4 DL4003 warning", "6 DL3012 error"]);
  });
  it("other presets: warnings, as BuildKit", () => {
    for (const preset of ["recommended", "buildkit", "strict"] as const) {
      expect(levels({ preset })).toEqual(["2 DL4004 warning", "4 DL4003 warning", "6 DL3012 warning"]);
    }
  });
  it("a severity for the whole rule wins over the preset's levels", () => {
    const expected = ["2 DL4004 info", "4 DL4003 info", "6 DL3012 info"];
    expect(levels({ preset: "hadolint", rules: { "multiple-cmd-entrypoint-healthcheck": "info" } })).toEqual(
      expected,
    );
    expect(levels({ preset: "hadolint", override: { info: ["MultipleInstructionsDisallowed"] } })).toEqual(
      expected,
    );
    expect(levels({ preset: "hadolint", rules: { "DS-0016": { severity: "info" } } })).toEqual(expected);
  });
  it("a severity for one hadolint code re-levels only that code", () => {
    expect(levels({ preset: "hadolint", override: { warning: ["DL4004"] } })).toEqual([
      "2 DL4004 warning",
      "4 DL4003 warning",
      "6 DL3012 error",
    ]);
    expect(levels({ override: { error: ["dl4003"] } })).toEqual([
      "2 DL4004 warning",
      "4 DL4003 error",
      "6 DL3012 warning",
    ]);
    expect(
      levels({
        preset: "hadolint",
        rules: { "multiple-cmd-entrypoint-healthcheck": "info", DL3012: "style" },
      }),
    ).toEqual(["2 DL4004 info", "4 DL4003 info", "6 DL3012 style"]);
  });
  it("the severities option sets levels directly", () => {
    expect(
      levels({
        rules: { "multiple-cmd-entrypoint-healthcheck": { options: { severities: { DL4003: "info" } } } },
      }),
    ).toEqual(["2 DL4004 warning", "4 DL4003 info", "6 DL3012 warning"]);
  });
  it("turning a code off silences that code only (hadolint's `ignored: [DL4003]`); the rule's other ids turn it all off", () => {
    expect(levels({ preset: "hadolint", ignored: ["DL4003"] })).toEqual(["2 DL4004 error", "6 DL3012 error"]);
    expect(levels({ preset: "hadolint", rules: { DL3012: "off" } })).toEqual([
      "2 DL4004 error",
      "4 DL4003 warning",
    ]);
    expect(levels({ preset: "hadolint", ignored: ["MultipleInstructionsDisallowed"] })).toEqual([]);
  });
  it("lists the reported code first and every alias once", () => {
    const { findings } = lint(code, { config: resolveConfig({}, [rule]) });
    const entrypoint = findings.find((f) => f.aliases[0] === "DL4004")!;
    expect(entrypoint.aliases.filter((a) => a === "DL4004")).toHaveLength(1);
    expect(new Set(entrypoint.aliases).size).toBe(entrypoint.aliases.length);
    expect(entrypoint.aliases).toEqual(
      expect.arrayContaining(["DL4003", "DL3012", "MultipleInstructionsDisallowed"]),
    );
  });
  it("BuildKit's check=error=true raises the codes at the rule's level", () => {
    expect(levels({ preset: "hadolint" }, `# check=error=true\n${code}`)).toEqual([
      "3 DL4004 error",
      "5 DL4003 error",
      "7 DL3012 error",
    ]);
  });
});
