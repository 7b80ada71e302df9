import { testRule } from "../../lint/rule-tester.js";
import rule from "./wget-without-progress.js";

testRule(rule, {
  valid: [
    "FROM node AS foo\nRUN wget --progress=dot:giga my.xyz",
    "FROM node AS foo\nRUN wget -q my.xyz",
    "FROM node AS foo\nRUN wget --quiet my.xyz",
    "FROM node AS foo\nRUN wget -nv my.xyz",
    "FROM node AS foo\nRUN wget --no-verbose my.xyz",
    "FROM node AS foo\nRUN wget --output-file=/tmp/wget.log my.xyz",
    "FROM node AS foo\nRUN wget -o /tmp/wget.log my.xyz",
    "FROM node AS foo\nRUN wget --append-output=/tmp/wget.log my.xyz",
    "FROM node AS foo\nRUN wget -a /tmp/wget.log my.xyz",
    "FROM node AS foo\nRUN wget -qO- my.xyz | tar x",
    ...[
      "--progress=dot:giga",
      "-q",
      "--quiet",
      "-nv",
      "--no-verbose",
      "--output-file=/tmp/wget.log",
      "-o /tmp/wget.log",
      "--append-output=/tmp/wget.log",
      "-a /tmp/wget.log",
    ].map((flag) => `FROM node as foo\nONBUILD RUN wget ${flag} my.xyz\n`),
    "FROM node AS foo\nRUN curl -O my.xyz",
    "FROM node as foo\nRUN wget --progress=dot:giga my.xyz\n",
    "FROM node as foo\nRUN wget -q my.xyz\n",
  ],
  invalid: [
    {
      code: "FROM node AS foo\nRUN wget my.xyz",
      errors: [{ messageId: "progress", line: 2, column: 5, endLine: 2, endColumn: 9 }],
      output: "FROM node AS foo\nRUN wget --progress=dot:giga my.xyz",
      onbuild: true,
    },
    {
      code: "FROM node AS foo\nRUN apt-get update && sudo wget -O /tmp/x https://e.com/x && wget y",
      errors: [
        { line: 2, column: 28, endLine: 2, endColumn: 32 },
        { line: 2, column: 62, endLine: 2, endColumn: 66 },
      ],
      output:
        "FROM node AS foo\nRUN apt-get update && sudo wget --progress=dot:giga -O /tmp/x https://e.com/x && wget --progress=dot:giga y",
    },
  ],
});
