import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-whole-context.js";

testRule(rule, {
  valid: [
    // hadolint DL4007 spec
    "FROM scratch\nCOPY src/ .\n",
    "FROM scratch\nCOPY package.json yarn.lock /app/\n",
    // shipshape
    {
      name: "COPY --from copies from a stage",
      code: "FROM node:20 AS build\nFROM scratch\nCOPY --from=build . /app\n",
    },
    { name: "ONBUILD COPY runs in another build", code: "FROM node:20\nONBUILD COPY . /app\n" },
    { name: "ADD is add-instead-of-copy's", code: "FROM scratch\nADD . /app\n" },
    { name: "a hidden file is not the context", code: "FROM scratch\nCOPY .npmrc /app/\n" },
    { name: "a heredoc source", code: "FROM scratch\nCOPY <<EOF /app/x\n.\nEOF\n" },
    { name: "an unknown variable", code: "FROM scratch\nCOPY $SRC /app/\n" },
    { name: "JSON form, specific files", code: 'FROM scratch\nCOPY ["src", "/app/"]\n' },
  ],
  invalid: [
    // hadolint DL4007 spec
    {
      code: "FROM scratch\nCOPY . .\n",
      errors: [
        {
          message:
            "COPY . copies the whole build context: files such as .git, .env or local configuration can end up in the image; copy only the files you need",
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 7,
        },
      ],
    },
    {
      code: "FROM scratch\nCOPY . /app\n",
      errors: [{ messageId: "whole", line: 2, column: 6, endLine: 2, endColumn: 7 }],
    },
    { code: "FROM scratch\nCOPY './' /app\n", errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }] },
    {
      code: "FROM node:18 as build\nCOPY . .\nRUN echo hello\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 7 }],
    },
    // shipshape
    {
      name: "./",
      code: "FROM scratch\nCOPY ./ /app/\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 8 }],
    },
    {
      name: "a flag first",
      code: "FROM scratch\nCOPY --chown=1000 . /app\n",
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 20 }],
    },
    {
      name: "JSON form",
      code: 'FROM scratch\nCOPY [".", "/app/"]\n',
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 10 }],
    },
    {
      name: "from a variable",
      code: "FROM scratch\nARG SRC=.\nCOPY $SRC /app/\n",
      errors: [{ message: /^COPY \$SRC copies/, line: 3, column: 6, endLine: 3, endColumn: 10 }],
    },
    {
      name: "one finding per whole-context source",
      code: "FROM scratch\nCOPY package.json . /app/\n",
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 20 }],
    },
  ],
});
