import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-ignored-file.js";

const ctx = (dockerignore: string | null) => ({ buildContext: { dockerignore } });
const msg = (cmd: string, file: string) =>
  `Attempting to ${cmd} file "${file}" that is excluded by .dockerignore`;

testRule(rule, {
  valid: [
    { name: "no .dockerignore known", code: "FROM scratch\nCOPY Dockerfile .\n" },
    { name: "no .dockerignore", code: "FROM scratch\nCOPY Dockerfile .\n", ...ctx(null) },
    {
      name: "--preset buildkit: any `!` pattern turns the check off, as in current BuildKit",
      code: "FROM scratch\nCOPY sub/a.txt /\n",
      ...ctx("sub\n!other.txt\n"),
      options: { exclusions: "skip" },
    },
    {
      name: "BuildKit: COPY --from is not the context",
      code: "\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n",
      ...ctx("\nfoobar\n"),
    },
    {
      name: "BuildKit: re-included file",
      code: "\nFROM scratch\nCOPY ./Dockerfile .\n",
      ...ctx("\n**\n!Dockerfile\n"),
    },
    {
      name: "BuildKit: the context root",
      code: "\nFROM scratch\nCOPY . .\n\t",
      ...ctx("\n**\n!Dockerfile\n"),
    },
    {
      name: "BuildKit: dotfiles do not exclude the root",
      code: "\nFROM scratch\nCOPY . .\n",
      ...ctx("\n.*\n"),
    },
    {
      name: "BuildKit: copy of the excluded directory",
      code: "\nFROM scratch\nCOPY sub /sub\n",
      ...ctx("sub\n!sub/a.txt\n"),
    },
    {
      name: "BuildKit: copy of the context root",
      code: "\nFROM scratch\nCOPY . /ctx\n",
      ...ctx("sub\n!sub/a.txt\n"),
    },
    {
      name: "BuildKit: copy of the negated file",
      code: "\nFROM scratch\nCOPY sub/a.txt /\n",
      ...ctx("sub\n!sub/a.txt\n"),
    },
    {
      name: "BuildKit: wildcard copy",
      code: "\nFROM scratch\nCOPY sub/*.txt /\n",
      ...ctx("sub\n!sub/a.txt\n"),
    },
    {
      name: "BuildKit: escaped negation",
      code: "\nFROM scratch\nCOPY su.b /sub\n",
      ...ctx("su.b\n!su\\.b/keep.txt\n"),
    },
    {
      name: "comments and other files",
      code: "FROM scratch\nCOPY app /app\n",
      ...ctx("# app\nnode_modules\n*.log\n"),
    },
    { name: "ADD of a URL", code: "FROM scratch\nADD https://example.com/x.tgz /x\n", ...ctx("*\n") },
    {
      name: "BuildKit: check=skip",
      code: "# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n",
      ...ctx("\nDockerfile\n"),
    },
  ],
  invalid: [
    {
      name: "BuildKit testCopyIgnoredFiles",
      code: "\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n",
      ...ctx("\nDockerfile\n"),
      errors: [
        { message: msg("Copy", "Dockerfile"), line: 3, column: 6, endLine: 3, endColumn: 16 },
        { message: msg("Add", "Dockerfile"), line: 4, column: 5, endLine: 4, endColumn: 15 },
      ],
    },
    {
      name: "BuildKit: wildcard excludes the root",
      code: "\nFROM scratch\nCOPY . .\n",
      ...ctx("\n*\n"),
      errors: [{ message: msg("Copy", "."), line: 3, column: 6, endLine: 3, endColumn: 7 }],
    },
    ...["sub\n!sub/b.txt\n", "sub\n!other.txt\n", "sub\n!nope/missing.txt\n", "!sub/b.txt\nsub\n"].map(
      (ignore) => ({
        name: `BuildKit: negation that cannot re-include (${ignore.replace(/\n/g, " ")})`,
        code: "\nFROM scratch\nCOPY sub/a.txt /\n",
        ...ctx(ignore),
        errors: [{ message: msg("Copy", "sub/a.txt"), line: 3, column: 6, endLine: 3, endColumn: 15 }],
      }),
    ),
    {
      name: "** patterns, leading slash, parent directory",
      code: 'FROM scratch\nCOPY src/secrets/key.pem /k\nCOPY /build/out /o\nCOPY ["a/b.log", "/l"]\n',
      ...ctx("**/secrets\n/build\n*/*.log\n"),
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 25 },
        { message: msg("Copy", "/build/out"), line: 3, column: 6, endLine: 3, endColumn: 16 },
        { line: 4, column: 7, endLine: 4, endColumn: 16 },
      ],
    },
    {
      name: "expanded source",
      code: "FROM scratch\nARG F=.env\nCOPY $F /app/\n",
      ...ctx(".env\n"),
      errors: [{ message: msg("Copy", ".env"), line: 3, column: 6, endLine: 3, endColumn: 8 }],
    },
  ],
});
