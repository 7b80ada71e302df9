import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "./github.js";
import { formatters } from "./index.js";
import type { FileResult, Finding, FormatOptions, RuleInfo } from "./types.js";
import { fingerprint, xmlEscape } from "./util.js";

const source = "FROM alpine\n\tRUN x\nENV A=é \\\n  B=2\n";
const finding = (over: Partial<Finding>): Finding => ({
  rule: "demo-rule",
  aliases: ["DL9999"],
  severity: "warning",
  message: 'a <message> & "quotes"',
  category: "style",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 5,
  range: { start: 0, end: 4 },
  ...over,
});
const results: FileResult[] = [
  {
    file: "/work/app/Dockerfile",
    source,
    findings: [
      finding({ line: 2, column: 2, endLine: 2, endColumn: 5, severity: "error" }),
      finding({ line: 3, column: 5, endLine: 4, endColumn: 6, severity: "info", message: "multi\nline" }),
    ],
  },
  { file: "/work/app/clean.Dockerfile", source: "FROM a\n", findings: [] },
];
const rules = new Map<string, RuleInfo>([
  [
    "demo-rule",
    {
      name: "demo-rule",
      aliases: ["DL9999"],
      description: "Demo",
      severity: "warning",
      category: "style",
      helpUri: "https://x/demo-rule",
    },
  ],
]);
const options: FormatOptions = { color: false, cwd: "/work/app", rules, toolVersion: "1.2.3" };

describe("formatters", () => {
  it("stylish: grouped, code frame with carets under the exact columns (tabs kept), summary", () => {
    const out = formatters.stylish(results, options);
    expect(out).toContain('Dockerfile\n  2:2  error  a <message> & "quotes"  demo-rule (DL9999)');
    expect(out).toContain("    2 | \tRUN x\n      | \t^^^");
    expect(out).toContain("    3 | ENV A=é \\\n      |     ^^^^^");
    expect(out).toContain("    4 |   B=2\n      | ^^^^^");
    expect(out.trimEnd().split("\n").pop()).toBe("✖ 2 problems (1 error, 0 warnings, 1 info, 0 style)");
    expect(formatters.stylish([results[1]!], options)).toBe("");
  });

  it("stylish: colour only when asked", () => {
    expect(formatters.stylish(results, { ...options, color: true })).toMatch(/\u001b\[/);
    expect(formatters.stylish(results, options)).not.toMatch(/\u001b\[/);
  });

  it("json: flat, relative paths, exact positions", () => {
    const out = JSON.parse(formatters.json(results, options));
    expect(out[0]).toEqual({
      file: "Dockerfile",
      rule: "demo-rule",
      aliases: ["DL9999"],
      severity: "error",
      category: "style",
      message: 'a <message> & "quotes"',
      line: 2,
      column: 2,
      endLine: 2,
      endColumn: 5,
      fixable: false,
    });
  });

  it("compact and github", () => {
    expect(formatters.compact(results, options).split("\n")[0]).toBe(
      'Dockerfile:2:2: error [demo-rule/DL9999] a <message> & "quotes"',
    );
    const gh = formatters.github(results, options).split("\n");
    expect(gh[0]).toBe(
      '::error file=Dockerfile,line=2,col=2,endLine=2,endColumn=5,title=demo-rule (DL9999)::a <message> & "quotes"',
    );
    expect(gh[1]).toMatch(/^::notice .*::multi%0Aline$/);
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    expect(escapeData("50%\r\n")).toBe("50%25%0D%0A");
  });

  it("checkstyle and junit escape XML", () => {
    const cs = formatters.checkstyle(results, options);
    expect(cs).toContain('message="a &lt;message&gt; &amp; &quot;quotes&quot;"');
    expect(cs).toContain('<file name="clean.Dockerfile">');
    const ju = formatters.junit(results, options);
    expect(ju).toContain('<testsuite name="Dockerfile" tests="2" failures="2"');
    expect(ju).toContain('<testcase name="shipshape" classname="clean.Dockerfile"/>');
    expect(xmlEscape("a\u0001b")).toBe("ab");
  });

  it("sarif: rules with help URIs, levels, regions", () => {
    const s = JSON.parse(formatters.sarif(results, options));
    expect(s.version).toBe("2.1.0");
    expect(s.runs[0].tool.driver.rules[0]).toMatchObject({ id: "demo-rule", helpUri: "https://x/demo-rule" });
    expect(s.runs[0].results[1]).toMatchObject({
      ruleId: "demo-rule",
      ruleIndex: 0,
      level: "note",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "Dockerfile", uriBaseId: "%SRCROOT%" },
            region: { startLine: 3, startColumn: 5, endLine: 4, endColumn: 6 },
          },
        },
      ],
    });
  });

  it("gitlab: stable fingerprints and severities", () => {
    const g = JSON.parse(formatters.gitlab(results, options));
    expect(g[0]).toMatchObject({
      check_name: "demo-rule",
      severity: "major",
      location: { path: "Dockerfile", lines: { begin: 2 } },
    });
    expect(fingerprint("x")).toBe(fingerprint("x"));
    expect(fingerprint("x")).not.toBe(fingerprint("y"));
  });

  it("unreadable files appear in every format", () => {
    const bad: FileResult[] = [
      { file: "missing/Dockerfile", source: "", findings: [], error: "no such file" },
    ];
    for (const [name, f] of Object.entries(formatters)) expect(f(bad, options), name).toMatch(/no such file/);
  });
});
