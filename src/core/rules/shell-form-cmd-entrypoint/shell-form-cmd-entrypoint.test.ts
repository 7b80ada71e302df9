import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { staticWords } from "./shell-form-cmd-entrypoint.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    'CMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n',
    'FROM scratch as build\nENTRYPOINT ["foo", "bar"]\n',
    'FROM scratch as build\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]\n',
    // BuildKit: an explicit SHELL means the shell is wanted
    'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n',
    'FROM scratch\nSHELL ["/usr/bin/customshell"]\nENTRYPOINT mycommand\n',
    'FROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand\n',
    'FROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n',
    'FROM alpine\nRUN apk add bash\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo "hello world"\n',
    // HEALTHCHECK CMD and ONBUILD triggers are not the image's command
    "FROM alpine\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n",
    "FROM alpine\nONBUILD CMD echo hi\n",
  ],
  invalid: [
    {
      code: "FROM node as foo\nENTRYPOINT something\n",
      errors: [
        { messageId: "shellForm", message: /for ENTRYPOINT/, line: 2, column: 12, endLine: 2, endColumn: 21 },
      ],
      output: "FROM node as foo\nENTRYPOINT something\n",
    },
    {
      name: "ENTRYPOINT fix is a suggestion only",
      code: "FROM node as foo\nENTRYPOINT something\n",
      fixSafety: "suggestion",
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 21 }],
      output: 'FROM node as foo\nENTRYPOINT ["something"]\n',
    },
    {
      code: "FROM node as foo\nCMD something\n",
      errors: [{ message: /for CMD/, line: 2, column: 5, endLine: 2, endColumn: 14 }],
      output: 'FROM node as foo\nCMD ["something"]\n',
    },
    {
      name: "BuildKit example",
      code: "FROM alpine\nENTRYPOINT my-program start\n",
      fixSafety: "suggestion",
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 28 }],
      output: 'FROM alpine\nENTRYPOINT ["my-program", "start"]\n',
    },
    {
      name: "quoted static words and exec",
      code: "FROM node\nCMD exec node 'server.js' --name \"my app\" --port=8080\n",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 54 }],
      output: 'FROM node\nCMD ["node", "server.js", "--name", "my app", "--port=8080"]\n',
    },
    {
      name: "continuation lines",
      code: "FROM node\nCMD node \\\n    server.js\n",
      errors: [{ line: 2, column: 5, endLine: 3, endColumn: 14 }],
      output: 'FROM node\nCMD ["node", "server.js"]\n',
    },
    {
      name: "no fix for operators, expansions and redirections",
      code: 'FROM alpine\nCMD echo "Hello, $NAME"\nCMD a && b\nCMD a > /log\nCMD FOO=1 a\nCMD cd /app\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 24 },
        { line: 3, column: 5, endLine: 3, endColumn: 11 },
        { line: 4, column: 5, endLine: 4, endColumn: 13 },
        { line: 5, column: 5, endLine: 5, endColumn: 12 },
        { line: 6, column: 5, endLine: 6, endColumn: 12 },
      ],
    },
    {
      name: "multi-stage: only stages without SHELL",
      code: 'FROM alpine AS a\nSHELL ["/bin/ash", "-c"]\nCMD a\nFROM alpine AS b\nCMD b\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 6 }],
      output: 'FROM alpine AS a\nSHELL ["/bin/ash", "-c"]\nCMD a\nFROM alpine AS b\nCMD ["b"]\n',
    },
    {
      name: "SHELL after the CMD does not count",
      code: 'FROM alpine\nCMD a\nSHELL ["/bin/ash", "-c"]\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 6 }],
      output: 'FROM alpine\nCMD ["a"]\nSHELL ["/bin/ash", "-c"]\n',
    },
    {
      name: "option reportWithShell (hadolint's behaviour): reported, no fix",
      code: 'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n',
      options: { reportWithShell: true },
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 14 }],
    },
  ],
});

describe("staticWords", () => {
  it("accepts simple commands", () => {
    expect(staticWords("a b  c")).toEqual(["a", "b", "c"]);
    expect(staticWords("'a b'\"c\"d")).toEqual(["a bcd"]);
    expect(staticWords("exec a")).toEqual(["a"]);
  });
  it("rejects anything a shell would interpret", () => {
    for (const s of [
      "a;b",
      "a|b",
      "a $B",
      "a `b`",
      "a *",
      "a ~",
      "A=1 b",
      "a # c",
      "if x",
      '"$a"',
      "a 'b",
      "exec",
      "(a)",
      "a\\ b",
    ]) {
      expect(staticWords(s), s).toBeNull();
    }
  });
});
