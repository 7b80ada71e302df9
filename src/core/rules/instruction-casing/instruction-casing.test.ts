import { testRule } from "../../lint/rule-tester.js";
import rule from "./instruction-casing.js";

const msg = (keyword: string, casing: string) =>
  `Command '${keyword}' should match the case of the command majority (${casing})`;

testRule(rule, {
  valid: [
    "\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n",
    "\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n",
    { name: "heredoc body is not an instruction", code: "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n" },
    { name: "ARGs before the first FROM are not counted", code: "arg x=1\nFROM scratch\n" },
    { name: "check=skip=all", code: "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n" },
  ],
  invalid: [
    {
      name: "mixed-case From",
      code: "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n",
      errors: [{ message: msg("From", "uppercase"), line: 4, column: 1, endLine: 4, endColumn: 5 }],
      output:
        "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFROM scratch as base\nFROM scratch AS base2\n",
    },
    {
      name: "tie goes to uppercase",
      code: "\nFROM scratch\n# warning: 'copy' should match command majority's casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n",
      errors: [{ message: msg("copy", "uppercase"), line: 4, column: 1, endLine: 4, endColumn: 5 }],
      output:
        "\nFROM scratch\n# warning: 'copy' should match command majority's casing (uppercase)\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n",
    },
    {
      name: "frOM in a lowercase file",
      code: "\n#\nfrOM scratch as base\nfrom scratch as base2\n",
      errors: [{ message: msg("frOM", "lowercase"), line: 3, column: 1, endLine: 3, endColumn: 5 }],
      output: "\n#\nfrom scratch as base\nfrom scratch as base2\n",
    },
    {
      name: "COPY in a lowercase file",
      code: "\nfrom scratch\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n",
      errors: [{ message: msg("COPY", "lowercase"), line: 3, column: 1, endLine: 3, endColumn: 5 }],
      output: "\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n",
    },
    {
      name: "from in an uppercase file",
      code: "\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n",
      errors: [{ message: msg("from", "uppercase"), line: 3, column: 1, endLine: 3, endColumn: 5 }],
      output: "\n#\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n",
    },
    {
      name: "FROM in a lowercase file",
      code: "FROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n",
      errors: [{ message: msg("FROM", "lowercase"), line: 1, column: 1, endLine: 1, endColumn: 5 }],
      output: "from scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n",
    },
    {
      name: "a per-instruction skip comment silences one finding",
      code: "FROM scratch\n# check=skip=ConsistentInstructionCasing\ncopy a /a\ncopy b /b\nCOPY c /c\nCOPY d /d\n",
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 5 }],
      output:
        "FROM scratch\n# check=skip=ConsistentInstructionCasing\ncopy a /a\nCOPY b /b\nCOPY c /c\nCOPY d /d\n",
    },
  ],
});
