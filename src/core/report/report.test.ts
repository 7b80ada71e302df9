import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "./github.js";
import { type FormatName, formatNames, formatters } from "./index.js";
import type { FileResult, Finding, FormatOptions, RuleInfo } from "./types.js";

/*
 * Fixture: two small Dockerfiles under /work/app (one with a tab, a multi-line finding, non-ASCII
 * and East Asian wide characters; one with CRLF line ends, a multi-line message and a rule the
 * rule table does not know), a clean file and a file outside the working directory that could not
 * be read. Files and findings are given out of order: every format sorts them.
 */
const SOURCE_A = [
  "FROM alpine:latest",
  "RUN apt-get update && \\",
  "\tapt-get install -y curl",
  'LABEL description="日本語 image" maintainer="Zoë <zoe@example.com>"',
  "",
].join("\n");
const SOURCE_B = "from node:20\r\nUSER root\r\n";

const finding = (f: Omit<Finding, "range" | "category"> & Partial<Finding>): Finding => ({
  category: "correctness",
  range: { start: 0, end: 0 },
  ...f,
});

const EMAIL_MESSAGE =
  'Email "Zoë <zoe@example.com>" is not an RFC 5322 address: use name@domain, 100% plain & simple';

const results: FileResult[] = [
  {
    file: "/work/app/services/api/Dockerfile",
    source: SOURCE_B,
    findings: [
      finding({
        rule: "last-user-root",
        aliases: [],
        severity: "error",
        category: "security",
        message: "The last USER is root.\n  Add a USER instruction for an unprivileged user.",
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 10,
      }),
      finding({
        rule: "instruction-casing",
        aliases: ["ConsistentInstructionCasing"],
        severity: "style",
        category: "style",
        message: 'Instruction "from" should be upper case',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 5,
        fixable: true,
      }),
    ],
  },
  {
    file: "/work/app/Dockerfile",
    source: SOURCE_A,
    findings: [
      finding({
        rule: "label-invalid-email",
        aliases: [],
        severity: "info",
        message: EMAIL_MESSAGE,
        line: 4,
        column: 47,
        endLine: 4,
        endColumn: 64,
      }),
      finding({
        rule: "apt-pin-versions",
        aliases: ["DL3008", "DS-0029"],
        severity: "warning",
        category: "reproducibility",
        message: "Pin versions in apt-get install",
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 25,
      }),
      finding({
        rule: "apt-lists-not-cleaned",
        aliases: ["DL3009"],
        severity: "info",
        category: "size",
        message: "Delete the apt lists after installing",
        line: 2,
        column: 5,
        endLine: 3,
        endColumn: 25,
      }),
      finding({
        rule: "image-tag-latest",
        aliases: ["DL3007"],
        severity: "warning",
        category: "reproducibility",
        message: 'Use a specific tag, not "latest"',
        line: 1,
        column: 6,
        endLine: 1,
        endColumn: 19,
        fixable: false,
      }),
    ],
  },
  { file: "/work/app/clean/Dockerfile", source: "FROM scratch\n", findings: [] },
  {
    file: "/elsewhere/Dockerfile",
    source: "",
    findings: [],
    error: "cannot read: EACCES: permission denied",
  },
];

const info = (name: string, aliases: string[], severity: RuleInfo["severity"], category: string) =>
  [
    name,
    {
      name,
      aliases,
      severity,
      category,
      description: `Description of ${name}`,
      helpUri: `https://shipshape.dev/rules/${name}`,
    },
  ] as const;

const rules = new Map<string, RuleInfo>([
  info("image-tag-latest", ["DL3007"], "warning", "reproducibility"),
  info("apt-pin-versions", ["DL3008", "DS-0029"], "warning", "reproducibility"),
  info("apt-lists-not-cleaned", ["DL3009"], "info", "size"),
  info("label-invalid-email", [], "info", "correctness"),
  info("instruction-casing", ["ConsistentInstructionCasing"], "style", "style"),
]);

const options: FormatOptions = { color: false, cwd: "/work/app", rules, toolVersion: "1.2.3" };
const format = (name: FormatName, input = results, opts = options) => formatters[name](input, opts);
const sp = (n: number) => " ".repeat(n);
const ANSI = /\u001b\[[0-9;]*m/g;

describe("stylish", () => {
  const expected = [
    "/elsewhere/Dockerfile",
    "  error  cannot read: EACCES: permission denied",
    "",
    "Dockerfile",
    '  1:6   warning  Use a specific tag, not "latest"  image-tag-latest (DL3007)',
    "    1 | FROM alpine:latest",
    `      | ${sp(5)}${"^".repeat(13)}`,
    "  2:5   info     Delete the apt lists after installing  apt-lists-not-cleaned (DL3009)",
    "    2 | RUN apt-get update && \\",
    `      | ${sp(4)}${"^".repeat(19)}`,
    "    3 |     apt-get install -y curl",
    `      | ${sp(4)}${"^".repeat(23)}`,
    "  3:21  warning  Pin versions in apt-get install  apt-pin-versions (DL3008)",
    "    3 |     apt-get install -y curl",
    `      | ${sp(23)}^^^^`,
    `  4:47  info     ${EMAIL_MESSAGE}  label-invalid-email`,
    '    4 | LABEL description="日本語 image" maintainer="Zoë <zoe@example.com>"',
    // 46 code units before "<", the three ideographs taking two columns each
    `      | ${sp(49)}${"^".repeat(17)}`,
    "",
    "services/api/Dockerfile",
    '  1:1  style  Instruction "from" should be upper case  instruction-casing (ConsistentInstructionCasing)',
    "    1 | from node:20",
    "      | ^^^^",
    "  2:1  error  The last USER is root. Add a USER instruction for an unprivileged user.  last-user-root",
    "    2 | USER root",
    "      | ^^^^^^^^^",
    "",
    "✖ 7 problems (2 errors, 2 warnings, 2 info, 1 style)",
    "",
  ].join("\n");

  it("groups per file with code frames under the exact columns and a summary", () => {
    expect(format("stylish")).toBe(expected);
  });

  it("prints nothing for a clean run", () => {
    expect(format("stylish", [results[2]!])).toBe("");
    expect(format("stylish", [])).toBe("");
  });

  it("colour: the same text with ANSI codes; severity, carets and summary coloured, ids dim", () => {
    const coloured = format("stylish", results, { ...options, color: true });
    expect(coloured.replace(ANSI, "")).toBe(expected);
    expect(coloured).toContain("\u001b[33mwarning\u001b[39m");
    expect(coloured).toContain("\u001b[31merror\u001b[39m");
    expect(coloured).toContain("\u001b[36minfo\u001b[39m");
    expect(coloured).toContain("\u001b[35mstyle\u001b[39m");
    expect(coloured).toContain("\u001b[2mimage-tag-latest (DL3007)\u001b[22m");
    expect(coloured).toContain(`\u001b[33m${"^".repeat(13)}\u001b[39m`);
    expect(coloured).toContain("\u001b[4mDockerfile\u001b[24m");
    expect(coloured).toMatch(/\u001b\[1m\u001b\[31m✖ 7 problems/);
    expect(format("stylish")).not.toMatch(ANSI);
  });

  it("summary: singular forms; yellow without errors", () => {
    const one = format("stylish", [{ ...results[1]!, findings: [results[1]!.findings[3]!] }]);
    expect(one.trimEnd().split("\n").pop()).toBe("✖ 1 problem (0 errors, 1 warning, 0 info, 0 style)");
    const coloured = format("stylish", [{ ...results[1]!, findings: [results[1]!.findings[3]!] }], {
      ...options,
      color: true,
    });
    expect(coloured).toMatch(/\u001b\[33m✖ 1 problem/);
  });
});

describe("json", () => {
  it("a flat array, sorted by file then position, relative paths, exact positions", () => {
    expect(format("json")).toMatchInlineSnapshot(`
      "[
        {
          "file": "/elsewhere/Dockerfile",
          "rule": "fatal",
          "aliases": [],
          "severity": "error",
          "category": "correctness",
          "message": "cannot read: EACCES: permission denied",
          "line": 1,
          "column": 1,
          "endLine": 1,
          "endColumn": 1,
          "fixable": false
        },
        {
          "file": "Dockerfile",
          "rule": "image-tag-latest",
          "aliases": [
            "DL3007"
          ],
          "severity": "warning",
          "category": "reproducibility",
          "message": "Use a specific tag, not \\"latest\\"",
          "line": 1,
          "column": 6,
          "endLine": 1,
          "endColumn": 19,
          "fixable": false
        },
        {
          "file": "Dockerfile",
          "rule": "apt-lists-not-cleaned",
          "aliases": [
            "DL3009"
          ],
          "severity": "info",
          "category": "size",
          "message": "Delete the apt lists after installing",
          "line": 2,
          "column": 5,
          "endLine": 3,
          "endColumn": 25,
          "fixable": false
        },
        {
          "file": "Dockerfile",
          "rule": "apt-pin-versions",
          "aliases": [
            "DL3008",
            "DS-0029"
          ],
          "severity": "warning",
          "category": "reproducibility",
          "message": "Pin versions in apt-get install",
          "line": 3,
          "column": 21,
          "endLine": 3,
          "endColumn": 25,
          "fixable": false
        },
        {
          "file": "Dockerfile",
          "rule": "label-invalid-email",
          "aliases": [],
          "severity": "info",
          "category": "correctness",
          "message": "Email \\"Zoë <zoe@example.com>\\" is not an RFC 5322 address: use name@domain, 100% plain & simple",
          "line": 4,
          "column": 47,
          "endLine": 4,
          "endColumn": 64,
          "fixable": false
        },
        {
          "file": "services/api/Dockerfile",
          "rule": "instruction-casing",
          "aliases": [
            "ConsistentInstructionCasing"
          ],
          "severity": "style",
          "category": "style",
          "message": "Instruction \\"from\\" should be upper case",
          "line": 1,
          "column": 1,
          "endLine": 1,
          "endColumn": 5,
          "fixable": true
        },
        {
          "file": "services/api/Dockerfile",
          "rule": "last-user-root",
          "aliases": [],
          "severity": "error",
          "category": "security",
          "message": "The last USER is root.\\n  Add a USER instruction for an unprivileged user.",
          "line": 2,
          "column": 1,
          "endLine": 2,
          "endColumn": 10,
          "fixable": false
        }
      ]
      "
    `);
  });

  it("only the documented keys, even when the linter adds more (fix, messageId)", () => {
    const extra = { ...results[1]!.findings[0]!, fix: { edits: [] }, messageId: "x" } as Finding;
    const [entry] = JSON.parse(format("json", [{ ...results[1]!, findings: [extra] }]));
    expect(Object.keys(entry)).toEqual([
      "file",
      "rule",
      "aliases",
      "severity",
      "category",
      "message",
      "line",
      "column",
      "endLine",
      "endColumn",
      "fixable",
    ]);
    expect(format("json", [])).toBe("[]\n");
  });
});

describe("compact", () => {
  it("one line per finding: file:line:col: severity [rule] message", () => {
    expect(format("compact")).toBe(
      [
        "/elsewhere/Dockerfile:1:1: error [fatal] cannot read: EACCES: permission denied",
        'Dockerfile:1:6: warning [image-tag-latest] Use a specific tag, not "latest"',
        "Dockerfile:2:5: info [apt-lists-not-cleaned] Delete the apt lists after installing",
        "Dockerfile:3:21: warning [apt-pin-versions] Pin versions in apt-get install",
        `Dockerfile:4:47: info [label-invalid-email] ${EMAIL_MESSAGE}`,
        'services/api/Dockerfile:1:1: style [instruction-casing] Instruction "from" should be upper case',
        "services/api/Dockerfile:2:1: error [last-user-root] The last USER is root. Add a USER instruction for an unprivileged user.",
        "",
      ].join("\n"),
    );
    expect(format("compact", [results[2]!])).toBe("");
  });

  it("never prints terminal escapes from a message", () => {
    const f = { ...results[1]!.findings[3]!, message: "evil \u001b[2J\u202etxt" };
    expect(format("compact", [{ ...results[1]!, findings: [f] }])).toBe(
      "Dockerfile:1:6: warning [image-tag-latest] evil ␛[2J\ufffdtxt\n",
    );
  });
});

describe("github", () => {
  it("workflow commands; columns only for single-line findings; notice for info and style", () => {
    expect(format("github")).toBe(
      [
        "::error file=/elsewhere/Dockerfile,title=shipshape::cannot read: EACCES: permission denied",
        '::warning file=Dockerfile,line=1,col=6,endLine=1,endColumn=19,title=image-tag-latest (DL3007)::Use a specific tag, not "latest"',
        "::notice file=Dockerfile,line=2,endLine=3,title=apt-lists-not-cleaned (DL3009)::Delete the apt lists after installing",
        "::warning file=Dockerfile,line=3,col=21,endLine=3,endColumn=25,title=apt-pin-versions (DL3008)::Pin versions in apt-get install",
        '::notice file=Dockerfile,line=4,col=47,endLine=4,endColumn=64,title=label-invalid-email::Email "Zoë <zoe@example.com>" is not an RFC 5322 address: use name@domain, 100%25 plain & simple',
        '::notice file=services/api/Dockerfile,line=1,col=1,endLine=1,endColumn=5,title=instruction-casing (ConsistentInstructionCasing)::Instruction "from" should be upper case',
        "::error file=services/api/Dockerfile,line=2,col=1,endLine=2,endColumn=10,title=last-user-root::The last USER is root.%0A  Add a USER instruction for an unprivileged user.",
        "",
      ].join("\n"),
    );
    expect(format("github", [results[2]!])).toBe("");
  });

  it("escapes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("100% done\r\nnext: a,b")).toBe("100%25 done%0D%0Anext: a,b");
    expect(escapeProperty("a:b,c%d\r\n")).toBe("a%3Ab%2Cc%25d%0D%0A");
    expect(escapeProperty("%3A")).toBe("%253A");
    const odd: FileResult = {
      file: "/work/app/odd:dir,x/Docker%file",
      source: "FROM a\n",
      findings: [{ ...results[1]!.findings[3]!, rule: "r", aliases: ["A:1,2"], message: "m:1,2%\n" }],
    };
    expect(format("github", [odd])).toBe(
      "::warning file=odd%3Adir%2Cx/Docker%25file,line=1,col=6,endLine=1,endColumn=19,title=r (A%3A1%2C2)::m:1,2%25%0A\n",
    );
  });
});

/** Every attribute value and text node of our XML is well-formed: no raw <, & or ". */
function expectWellFormedXml(xml: string): void {
  const entity = "&(?:amp|lt|gt|quot|apos|#\\d+);";
  for (const m of xml.matchAll(/\s[\w:]+="([^"]*)"/g)) {
    expect(m[1]).toMatch(new RegExp(`^(?:[^<&]|${entity})*$`));
  }
  for (const m of xml.matchAll(/>([^<]+)</g)) {
    expect(m[1]).toMatch(new RegExp(`^(?:[^<&>]|${entity})*$`));
  }
  const opened: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) expect(opened.pop()).toBe(m[2]);
    else if (!m[3]) opened.push(m[2]!);
  }
  expect(opened).toEqual([]);
}

describe("checkstyle", () => {
  it("one <file> per input, <error> per finding, style written as info, escaped", () => {
    const xml = format("checkstyle");
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <checkstyle version="4.3">
        <file name="/elsewhere/Dockerfile">
          <error line="1" column="1" severity="error" message="cannot read: EACCES: permission denied" source="fatal"/>
        </file>
        <file name="Dockerfile">
          <error line="1" column="6" severity="warning" message="Use a specific tag, not &quot;latest&quot;" source="image-tag-latest"/>
          <error line="2" column="5" severity="info" message="Delete the apt lists after installing" source="apt-lists-not-cleaned"/>
          <error line="3" column="21" severity="warning" message="Pin versions in apt-get install" source="apt-pin-versions"/>
          <error line="4" column="47" severity="info" message="Email &quot;Zoë &lt;zoe@example.com&gt;&quot; is not an RFC 5322 address: use name@domain, 100% plain &amp; simple" source="label-invalid-email"/>
        </file>
        <file name="clean/Dockerfile">
        </file>
        <file name="services/api/Dockerfile">
          <error line="1" column="1" severity="info" message="Instruction &quot;from&quot; should be upper case" source="instruction-casing"/>
          <error line="2" column="1" severity="error" message="The last USER is root.&#10;  Add a USER instruction for an unprivileged user." source="last-user-root"/>
        </file>
      </checkstyle>
      "
    `);
    expectWellFormedXml(xml);
  });
});

describe("junit", () => {
  it("a testsuite per file, a failing testcase per finding, a passing one for a clean file", () => {
    const xml = format("junit");
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="shipshape" tests="8" failures="6" errors="1">
        <testsuite name="/elsewhere/Dockerfile" tests="1" failures="0" errors="1">
          <testcase name="fatal" classname="/elsewhere/Dockerfile">
            <error type="fatal" message="cannot read: EACCES: permission denied">/elsewhere/Dockerfile: cannot read: EACCES: permission denied</error>
          </testcase>
        </testsuite>
        <testsuite name="Dockerfile" tests="4" failures="4" errors="0">
          <testcase name="1:6 image-tag-latest" classname="Dockerfile">
            <failure type="warning" message="Use a specific tag, not &quot;latest&quot;">Dockerfile:1:6 warning image-tag-latest (DL3007): Use a specific tag, not "latest"</failure>
          </testcase>
          <testcase name="2:5 apt-lists-not-cleaned" classname="Dockerfile">
            <failure type="info" message="Delete the apt lists after installing">Dockerfile:2:5 info apt-lists-not-cleaned (DL3009): Delete the apt lists after installing</failure>
          </testcase>
          <testcase name="3:21 apt-pin-versions" classname="Dockerfile">
            <failure type="warning" message="Pin versions in apt-get install">Dockerfile:3:21 warning apt-pin-versions (DL3008): Pin versions in apt-get install</failure>
          </testcase>
          <testcase name="4:47 label-invalid-email" classname="Dockerfile">
            <failure type="info" message="Email &quot;Zoë &lt;zoe@example.com&gt;&quot; is not an RFC 5322 address: use name@domain, 100% plain &amp; simple">Dockerfile:4:47 info label-invalid-email: Email "Zoë &lt;zoe@example.com&gt;" is not an RFC 5322 address: use name@domain, 100% plain &amp; simple</failure>
          </testcase>
        </testsuite>
        <testsuite name="clean/Dockerfile" tests="1" failures="0" errors="0">
          <testcase name="shipshape" classname="clean/Dockerfile"/>
        </testsuite>
        <testsuite name="services/api/Dockerfile" tests="2" failures="2" errors="0">
          <testcase name="1:1 instruction-casing" classname="services/api/Dockerfile">
            <failure type="style" message="Instruction &quot;from&quot; should be upper case">services/api/Dockerfile:1:1 style instruction-casing (ConsistentInstructionCasing): Instruction "from" should be upper case</failure>
          </testcase>
          <testcase name="2:1 last-user-root" classname="services/api/Dockerfile">
            <failure type="error" message="The last USER is root.&#10;  Add a USER instruction for an unprivileged user.">services/api/Dockerfile:2:1 error last-user-root: The last USER is root.
        Add a USER instruction for an unprivileged user.</failure>
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
    expectWellFormedXml(xml);
    expect(format("junit", [])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="shipshape" tests="0" failures="0" errors="0">\n</testsuites>\n',
    );
  });

  it("XML escaping: markup, quotes, line breaks in attributes, characters XML cannot carry", () => {
    const nasty = "a<b>&c\"d'e\tf\ng\u0001h\ud800i]]>";
    const file: FileResult = {
      file: '/work/app/x&"y.Dockerfile',
      source: "FROM a\n",
      findings: [{ ...results[1]!.findings[3]!, rule: "r<1>", message: nasty }],
    };
    for (const name of ["junit", "checkstyle"] as const) {
      const xml = format(name, [file]);
      expectWellFormedXml(xml);
      expect(xml).toContain('name="x&amp;&quot;y.Dockerfile"');
      expect(xml).toContain('message="a&lt;b&gt;&amp;c&quot;d&apos;e&#9;f&#10;g\ufffdh\ufffdi]]&gt;"');
      expect(xml).not.toMatch(/[\u0001\ud800]/);
    }
    expect(format("junit", [file])).toContain(
      '>x&amp;"y.Dockerfile:1:6 warning r&lt;1&gt; (DL3007): a&lt;b&gt;&amp;c"d\'e\tf\ng\ufffdh\ufffdi]]&gt;</failure>',
    );
  });
});

describe("gitlab", () => {
  it("Code Quality issues with stable fingerprints and GitLab severities", () => {
    const out = format("gitlab");
    expect(out).toMatchInlineSnapshot(`
      "[
        {
          "type": "issue",
          "check_name": "fatal",
          "description": "cannot read: EACCES: permission denied",
          "categories": [
            "Bug Risk"
          ],
          "fingerprint": "696b64d74d88f027",
          "severity": "blocker",
          "location": {
            "path": "/elsewhere/Dockerfile",
            "lines": {
              "begin": 1,
              "end": 1
            }
          }
        },
        {
          "type": "issue",
          "check_name": "image-tag-latest",
          "description": "Use a specific tag, not \\"latest\\"",
          "categories": [
            "Compatibility"
          ],
          "fingerprint": "0984ec4f528aea0c",
          "severity": "major",
          "location": {
            "path": "Dockerfile",
            "lines": {
              "begin": 1,
              "end": 1
            }
          }
        },
        {
          "type": "issue",
          "check_name": "apt-lists-not-cleaned",
          "description": "Delete the apt lists after installing",
          "categories": [
            "Performance"
          ],
          "fingerprint": "0921bfa22840ef56",
          "severity": "minor",
          "location": {
            "path": "Dockerfile",
            "lines": {
              "begin": 2,
              "end": 3
            }
          }
        },
        {
          "type": "issue",
          "check_name": "apt-pin-versions",
          "description": "Pin versions in apt-get install",
          "categories": [
            "Compatibility"
          ],
          "fingerprint": "63adc0c372247537",
          "severity": "major",
          "location": {
            "path": "Dockerfile",
            "lines": {
              "begin": 3,
              "end": 3
            }
          }
        },
        {
          "type": "issue",
          "check_name": "label-invalid-email",
          "description": "Email \\"Zoë <zoe@example.com>\\" is not an RFC 5322 address: use name@domain, 100% plain & simple",
          "categories": [
            "Bug Risk"
          ],
          "fingerprint": "da9fd52ab35c11f9",
          "severity": "minor",
          "location": {
            "path": "Dockerfile",
            "lines": {
              "begin": 4,
              "end": 4
            }
          }
        },
        {
          "type": "issue",
          "check_name": "instruction-casing",
          "description": "Instruction \\"from\\" should be upper case",
          "categories": [
            "Style"
          ],
          "fingerprint": "78a7bddeb1a025e4",
          "severity": "info",
          "location": {
            "path": "services/api/Dockerfile",
            "lines": {
              "begin": 1,
              "end": 1
            }
          }
        },
        {
          "type": "issue",
          "check_name": "last-user-root",
          "description": "The last USER is root.\\n  Add a USER instruction for an unprivileged user.",
          "categories": [
            "Security"
          ],
          "fingerprint": "875d8508b438dfce",
          "severity": "critical",
          "location": {
            "path": "services/api/Dockerfile",
            "lines": {
              "begin": 2,
              "end": 2
            }
          }
        }
      ]
      "
    `);
    // the fingerprint hashes file, rule, line and message, not the input order or column
    const issues = JSON.parse(out) as { fingerprint: string }[];
    const reversed = JSON.parse(format("gitlab", [...results].reverse())) as { fingerprint: string }[];
    expect(reversed.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it("identical findings on one line still get distinct fingerprints", () => {
    const f = results[1]!.findings[1]!;
    const twice: FileResult = { ...results[1]!, findings: [f, { ...f, column: 2 }, f] };
    const prints = (JSON.parse(format("gitlab", [twice])) as { fingerprint: string }[]).map(
      (i) => i.fingerprint,
    );
    expect(new Set(prints).size).toBe(3);
    expect(prints[0]).toBe(
      (JSON.parse(format("gitlab", [results[1]!])) as { fingerprint: string }[])[2]!.fingerprint,
    );
  });
});

describe("every format", () => {
  it("has a formatter, and shows a file that could not be read", () => {
    expect(Object.keys(formatters).sort()).toEqual([...formatNames].sort());
    const bad: FileResult[] = [
      { file: "missing/Dockerfile", source: "", findings: [], error: "no such file" },
    ];
    for (const name of formatNames) {
      const out = format(name, bad);
      expect(out, name).toContain("no such file");
      expect(out, name).toContain("missing/Dockerfile");
    }
  });

  it("a file with both an error and findings shows both", () => {
    const both: FileResult = { ...results[1]!, error: "partly parsed" };
    for (const name of formatNames) {
      const out = format(name, [both]);
      expect(out, name).toContain("partly parsed");
      // codacy names a finding by its hadolint code
      expect(out, name).toContain(name === "codacy" ? "DL3007" : "image-tag-latest");
    }
  });

  it("is deterministic and independent of input order", () => {
    for (const name of formatNames) {
      const shuffled = [...results].reverse().map((r) => ({ ...r, findings: [...r.findings].reverse() }));
      expect(format(name, shuffled), name).toBe(format(name));
    }
  });

  it("colour is only ever used by stylish when asked", () => {
    for (const name of formatNames) {
      const coloured = format(name, results, { ...options, color: true });
      if (name === "stylish") expect(coloured).toMatch(ANSI);
      else expect(coloured, name).toBe(format(name));
    }
  });
});

/*
 * No SARIF schema or JSON-schema validator is installed, so this checks the output against the
 * parts of sarif-schema-2.1.0.json (OASIS, errata 01) that describe what we emit, transcribed by
 * hand: every object kind below has `additionalProperties: false` in the schema, so a key not
 * listed is an error; required keys, enums, integer minimums and unique tags as the schema says.
 */
type Check =
  | "string"
  | "uri"
  | "uri-reference"
  | "boolean"
  | "int>=1"
  | "int>=-1"
  | "bag"
  | { oneOf: readonly string[] }
  | { kind: string }
  | { array: Check; unique?: boolean }
  | { map: Check };
interface Kind {
  keys: Record<string, Check>;
  required?: string[];
  anyOf?: string[];
}
const LEVELS = { oneOf: ["none", "note", "warning", "error"] };
const SARIF_KINDS: Record<string, Kind> = {
  log: {
    keys: {
      $schema: "uri",
      version: { oneOf: ["2.1.0"] },
      runs: { array: { kind: "run" } },
      properties: "bag",
    },
    required: ["version", "runs"],
  },
  run: {
    keys: {
      tool: { kind: "tool" },
      invocations: { array: { kind: "invocation" } },
      originalUriBaseIds: { map: { kind: "artifactLocation" } },
      results: { array: { kind: "result" } },
      columnKind: { oneOf: ["utf16CodeUnits", "unicodeCodePoints"] },
      defaultSourceLanguage: "string",
      properties: "bag",
    },
    required: ["tool"],
  },
  tool: { keys: { driver: { kind: "toolComponent" }, properties: "bag" }, required: ["driver"] },
  toolComponent: {
    keys: {
      name: "string",
      version: "string",
      informationUri: "uri",
      rules: { array: { kind: "reportingDescriptor" }, unique: true },
      properties: "bag",
    },
    required: ["name"],
  },
  reportingDescriptor: {
    keys: {
      id: "string",
      name: "string",
      shortDescription: { kind: "multiformatMessageString" },
      fullDescription: { kind: "multiformatMessageString" },
      helpUri: "uri",
      help: { kind: "multiformatMessageString" },
      defaultConfiguration: { kind: "reportingConfiguration" },
      properties: "bag",
    },
    required: ["id"],
  },
  multiformatMessageString: {
    keys: { text: "string", markdown: "string", properties: "bag" },
    required: ["text"],
  },
  reportingConfiguration: { keys: { enabled: "boolean", level: LEVELS, properties: "bag" } },
  invocation: {
    keys: {
      executionSuccessful: "boolean",
      toolExecutionNotifications: { array: { kind: "notification" } },
      properties: "bag",
    },
    required: ["executionSuccessful"],
  },
  notification: {
    keys: {
      locations: { array: { kind: "location" }, unique: true },
      message: { kind: "message" },
      level: LEVELS,
      descriptor: { kind: "reportingDescriptorReference" },
      properties: "bag",
    },
    required: ["message"],
  },
  reportingDescriptorReference: {
    keys: { id: "string", index: "int>=-1", properties: "bag" },
    anyOf: ["index", "guid", "id"],
  },
  result: {
    keys: {
      ruleId: "string",
      ruleIndex: "int>=-1",
      level: LEVELS,
      message: { kind: "message" },
      locations: { array: { kind: "location" } },
      properties: "bag",
    },
    required: ["message"],
  },
  message: {
    keys: { text: "string", markdown: "string", id: "string", properties: "bag" },
    anyOf: ["text", "id"],
  },
  location: { keys: { physicalLocation: { kind: "physicalLocation" }, properties: "bag" } },
  physicalLocation: {
    keys: { artifactLocation: { kind: "artifactLocation" }, region: { kind: "region" }, properties: "bag" },
    anyOf: ["address", "artifactLocation"],
  },
  artifactLocation: { keys: { uri: "uri-reference", uriBaseId: "string", properties: "bag" } },
  region: {
    keys: {
      startLine: "int>=1",
      startColumn: "int>=1",
      endLine: "int>=1",
      endColumn: "int>=1",
      sourceLanguage: "string",
      properties: "bag",
    },
    anyOf: ["startLine", "charOffset", "byteOffset"],
  },
};

const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

function sarifProblems(value: unknown, check: Check, where: string, problems: string[]): void {
  const fail = (why: string): void => {
    problems.push(`${where}: ${why}`);
  };
  if (typeof check === "string") {
    if (check === "boolean") {
      if (typeof value !== "boolean") fail("not a boolean");
    } else if (check === "int>=1" || check === "int>=-1") {
      if (!Number.isInteger(value) || (value as number) < (check === "int>=1" ? 1 : -1)) fail(`not ${check}`);
    } else if (check === "bag") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        fail("not an object");
        return;
      }
      const tags = (value as { tags?: unknown }).tags;
      if (tags !== undefined) {
        if (!Array.isArray(tags) || tags.some((t) => typeof t !== "string")) fail("tags not strings");
        else if (new Set(tags).size !== tags.length) fail("tags not unique");
      }
    } else if (typeof value !== "string") {
      fail("not a string");
    } else if (check === "uri" && !(/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URI_CHARS.test(value))) {
      fail(`not an absolute URI: ${value}`);
    } else if (check === "uri-reference" && !URI_CHARS.test(value)) {
      fail(`not a URI reference: ${value}`);
    }
    return;
  }
  if ("oneOf" in check) {
    if (!check.oneOf.includes(value as string)) fail(`${String(value)} not one of ${check.oneOf.join(", ")}`);
    return;
  }
  if ("array" in check) {
    if (!Array.isArray(value)) {
      fail("not an array");
      return;
    }
    if (check.unique && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      fail("items not unique");
    value.forEach((v, i) => {
      sarifProblems(v, check.array, `${where}[${i}]`, problems);
    });
    return;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail("not an object");
    return;
  }
  const record = value as Record<string, unknown>;
  if ("map" in check) {
    for (const [k, v] of Object.entries(record)) sarifProblems(v, check.map, `${where}.${k}`, problems);
    return;
  }
  const kind = SARIF_KINDS[check.kind]!;
  for (const key of kind.required ?? []) if (!(key in record)) fail(`${check.kind} requires ${key}`);
  if (kind.anyOf && !kind.anyOf.some((k) => k in record)) fail(`${check.kind} needs one of ${kind.anyOf}`);
  for (const [k, v] of Object.entries(record)) {
    const sub = kind.keys[k];
    if (sub === undefined) fail(`${check.kind} does not allow "${k}"`);
    else sarifProblems(v, sub, `${where}.${k}`, problems);
  }
}

function expectValidSarif(text: string): void {
  const problems: string[] = [];
  sarifProblems(JSON.parse(text), { kind: "log" }, "$", problems);
  expect(problems).toEqual([]);
}

describe("sarif", () => {
  it("SARIF 2.1.0: used rules with help, levels, relative URIs under %SRCROOT%, exact regions", () => {
    const out = format("sarif");
    expectValidSarif(out);
    expect(out).toMatchInlineSnapshot(`
      "{
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": {
              "driver": {
                "name": "shipshape",
                "version": "1.2.3",
                "informationUri": "https://shipshape.dev",
                "rules": [
                  {
                    "id": "image-tag-latest",
                    "name": "ImageTagLatest",
                    "shortDescription": {
                      "text": "Description of image-tag-latest"
                    },
                    "helpUri": "https://shipshape.dev/rules/image-tag-latest",
                    "help": {
                      "text": "Description of image-tag-latest\\n\\nDocumentation: https://shipshape.dev/rules/image-tag-latest",
                      "markdown": "Description of image-tag-latest\\n\\n[Documentation](https://shipshape.dev/rules/image-tag-latest)"
                    },
                    "defaultConfiguration": {
                      "level": "warning"
                    },
                    "properties": {
                      "tags": [
                        "reproducibility",
                        "DL3007"
                      ]
                    }
                  },
                  {
                    "id": "apt-lists-not-cleaned",
                    "name": "AptListsNotCleaned",
                    "shortDescription": {
                      "text": "Description of apt-lists-not-cleaned"
                    },
                    "helpUri": "https://shipshape.dev/rules/apt-lists-not-cleaned",
                    "help": {
                      "text": "Description of apt-lists-not-cleaned\\n\\nDocumentation: https://shipshape.dev/rules/apt-lists-not-cleaned",
                      "markdown": "Description of apt-lists-not-cleaned\\n\\n[Documentation](https://shipshape.dev/rules/apt-lists-not-cleaned)"
                    },
                    "defaultConfiguration": {
                      "level": "note"
                    },
                    "properties": {
                      "tags": [
                        "size",
                        "DL3009"
                      ]
                    }
                  },
                  {
                    "id": "apt-pin-versions",
                    "name": "AptPinVersions",
                    "shortDescription": {
                      "text": "Description of apt-pin-versions"
                    },
                    "helpUri": "https://shipshape.dev/rules/apt-pin-versions",
                    "help": {
                      "text": "Description of apt-pin-versions\\n\\nDocumentation: https://shipshape.dev/rules/apt-pin-versions",
                      "markdown": "Description of apt-pin-versions\\n\\n[Documentation](https://shipshape.dev/rules/apt-pin-versions)"
                    },
                    "defaultConfiguration": {
                      "level": "warning"
                    },
                    "properties": {
                      "tags": [
                        "reproducibility",
                        "DL3008",
                        "DS-0029"
                      ]
                    }
                  },
                  {
                    "id": "label-invalid-email",
                    "name": "LabelInvalidEmail",
                    "shortDescription": {
                      "text": "Description of label-invalid-email"
                    },
                    "helpUri": "https://shipshape.dev/rules/label-invalid-email",
                    "help": {
                      "text": "Description of label-invalid-email\\n\\nDocumentation: https://shipshape.dev/rules/label-invalid-email",
                      "markdown": "Description of label-invalid-email\\n\\n[Documentation](https://shipshape.dev/rules/label-invalid-email)"
                    },
                    "defaultConfiguration": {
                      "level": "note"
                    },
                    "properties": {
                      "tags": [
                        "correctness"
                      ]
                    }
                  },
                  {
                    "id": "instruction-casing",
                    "name": "InstructionCasing",
                    "shortDescription": {
                      "text": "Description of instruction-casing"
                    },
                    "helpUri": "https://shipshape.dev/rules/instruction-casing",
                    "help": {
                      "text": "Description of instruction-casing\\n\\nDocumentation: https://shipshape.dev/rules/instruction-casing",
                      "markdown": "Description of instruction-casing\\n\\n[Documentation](https://shipshape.dev/rules/instruction-casing)"
                    },
                    "defaultConfiguration": {
                      "level": "note"
                    },
                    "properties": {
                      "tags": [
                        "style",
                        "ConsistentInstructionCasing"
                      ]
                    }
                  },
                  {
                    "id": "last-user-root",
                    "name": "LastUserRoot",
                    "shortDescription": {
                      "text": "last-user-root"
                    },
                    "defaultConfiguration": {
                      "level": "error"
                    },
                    "properties": {
                      "tags": [
                        "security"
                      ],
                      "security-severity": "8.0"
                    }
                  }
                ]
              }
            },
            "originalUriBaseIds": {
              "%SRCROOT%": {
                "uri": "file:///work/app/"
              }
            },
            "invocations": [
              {
                "executionSuccessful": true,
                "toolExecutionNotifications": [
                  {
                    "level": "error",
                    "message": {
                      "text": "cannot read: EACCES: permission denied"
                    },
                    "descriptor": {
                      "id": "fatal"
                    },
                    "locations": [
                      {
                        "physicalLocation": {
                          "artifactLocation": {
                            "uri": "file:///elsewhere/Dockerfile"
                          }
                        }
                      }
                    ]
                  }
                ]
              }
            ],
            "results": [
              {
                "ruleId": "image-tag-latest",
                "ruleIndex": 0,
                "level": "warning",
                "message": {
                  "text": "Use a specific tag, not \\"latest\\""
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "Dockerfile",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 1,
                        "startColumn": 6,
                        "endLine": 1,
                        "endColumn": 19
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "apt-lists-not-cleaned",
                "ruleIndex": 1,
                "level": "note",
                "message": {
                  "text": "Delete the apt lists after installing"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "Dockerfile",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 2,
                        "startColumn": 5,
                        "endLine": 3,
                        "endColumn": 25
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "apt-pin-versions",
                "ruleIndex": 2,
                "level": "warning",
                "message": {
                  "text": "Pin versions in apt-get install"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "Dockerfile",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 3,
                        "startColumn": 21,
                        "endLine": 3,
                        "endColumn": 25
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "label-invalid-email",
                "ruleIndex": 3,
                "level": "note",
                "message": {
                  "text": "Email \\"Zoë <zoe@example.com>\\" is not an RFC 5322 address: use name@domain, 100% plain & simple"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "Dockerfile",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 4,
                        "startColumn": 47,
                        "endLine": 4,
                        "endColumn": 64
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "instruction-casing",
                "ruleIndex": 4,
                "level": "note",
                "message": {
                  "text": "Instruction \\"from\\" should be upper case"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "services/api/Dockerfile",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 1,
                        "startColumn": 1,
                        "endLine": 1,
                        "endColumn": 5
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "last-user-root",
                "ruleIndex": 5,
                "level": "error",
                "message": {
                  "text": "The last USER is root.\\n  Add a USER instruction for an unprivileged user."
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "services/api/Dockerfile",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 2,
                        "startColumn": 1,
                        "endLine": 2,
                        "endColumn": 10
                      }
                    }
                  }
                ]
              }
            ],
            "columnKind": "utf16CodeUnits",
            "defaultSourceLanguage": "dockerfile"
          }
        ]
      }
      "
    `);
  });

  it("results point into driver.rules; levels map error/warning/note", () => {
    const log = JSON.parse(format("sarif"));
    const run = log.runs[0];
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      "warning",
      "note",
      "warning",
      "note",
      "note",
      "error",
    ]);
  });

  it("the structural check catches what the schema forbids", () => {
    const problems: string[] = [];
    const bad = {
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "x", rules: [{ id: "r", properties: { tags: ["a", "a"] } }] } },
          results: [
            { message: {}, level: "info", locations: [{ physicalLocation: { region: { startLine: 0 } } }] },
          ],
          extra: 1,
        },
      ],
    };
    sarifProblems(bad, { kind: "log" }, "$", problems);
    expect(problems).toEqual([
      "$.runs[0].tool.driver.rules[0].properties: tags not unique",
      "$.runs[0].results[0].message: message needs one of text,id",
      "$.runs[0].results[0].level: info not one of none, note, warning, error",
      "$.runs[0].results[0].locations[0].physicalLocation: physicalLocation needs one of address,artifactLocation",
      "$.runs[0].results[0].locations[0].physicalLocation.region.startLine: not int>=1",
      '$.runs[0]: run does not allow "extra"',
    ]);
  });

  it("the run's default source language is dockerfile; a ShellCheck finding's region is sh (as hadolint)", () => {
    const sc = { ...results[1]!.findings[1]!, rule: "shellcheck", aliases: ["SC2086"] };
    const out = format("sarif", [{ ...results[1]!, findings: [sc, results[1]!.findings[3]!] }]);
    expectValidSarif(out);
    const run = JSON.parse(out).runs[0];
    expect(run.defaultSourceLanguage).toBe("dockerfile");
    expect(
      run.results.map(
        (r: {
          ruleId: string;
          locations: { physicalLocation: { region: { sourceLanguage?: string } } }[];
        }) => [r.ruleId, r.locations[0]!.physicalLocation.region.sourceLanguage],
      ),
    ).toEqual([
      ["image-tag-latest", undefined],
      ["shellcheck", "sh"],
    ]);
  });

  it("a result whose aliases differ from its rule's (a ShellCheck code) carries them", () => {
    const f = { ...results[1]!.findings[1]!, aliases: ["SC2086"] };
    const log = JSON.parse(format("sarif", [{ ...results[1]!, findings: [f, results[1]!.findings[3]!] }]));
    expect(log.runs[0].results.map((r: { properties?: unknown }) => r.properties)).toEqual([
      undefined,
      { aliases: ["SC2086"] },
    ]);
  });

  it("a clean run is a valid log with no results; no cwd means no originalUriBaseIds", () => {
    const out = format("sarif", [results[2]!], { ...options, cwd: undefined });
    expectValidSarif(out);
    const run = JSON.parse(out).runs[0];
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
    expect(run.originalUriBaseIds).toBeUndefined();
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("percent-encodes paths; absolute paths outside cwd and Windows paths become file: URIs", () => {
    const paths = [
      "/work/app/my dir/Dockerfile.é",
      "C:\\src\\app\\Dockerfile",
      "/work/app/a#b?c%d/Dockerfile",
    ];
    const input = paths.map((file) => ({ ...results[1]!, file }));
    const out = format("sarif", input, { ...options, cwd: "C:\\src" });
    expectValidSarif(out);
    const uris = JSON.parse(out).runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation,
    );
    expect(new Set(uris.map((u: unknown) => JSON.stringify(u)))).toEqual(
      new Set([
        JSON.stringify({ uri: "app/Dockerfile", uriBaseId: "%SRCROOT%" }),
        JSON.stringify({ uri: "file:///work/app/a%23b%3Fc%25d/Dockerfile" }),
        JSON.stringify({ uri: "file:///work/app/my%20dir/Dockerfile.%C3%A9" }),
      ]),
    );
    expect(JSON.parse(out).runs[0].originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///C:/src/" } });
  });
});
