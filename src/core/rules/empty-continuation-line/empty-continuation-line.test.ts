import { testRule } from "../../lint/rule-tester.js";
import rule from "./empty-continuation-line.js";

testRule(rule, {
  valid: [
    "FROM scratch\nCOPY Dockerfile \\\n.\n",
    {
      name: "comment lines inside a continuation",
      code: "FROM alpine\nRUN echo a \\\n# note\n  && echo b\n",
    },
    { name: "blank lines in a heredoc", code: "FROM alpine\nRUN <<EOF\necho a\n\necho b\nEOF\n" },
    { name: "blank line after the instruction", code: "FROM alpine\nRUN echo a\n\nRUN echo b\n" },
    { name: "check=skip", code: "# check=skip=NoEmptyContinuation\nFROM alpine\nRUN echo a \\\n\n  b\n" },
  ],
  invalid: [
    {
      // BuildKit warns once per instruction, on the line where its continuation ends (line 6)
      name: "BuildKit testNoEmptyContinuation",
      code: "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n",
      errors: [
        {
          message: "Empty continuation line: line 5 of this instruction is blank",
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 2,
        },
      ],
      output:
        "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n.\nCOPY Dockerfile \\\n.\n",
    },
    {
      name: "several blank lines, with blanks, around a comment",
      code: "FROM alpine\nRUN apk add \\\n   \n    curl \\\n\n# tools\n\n    git\n",
      errors: [
        {
          message: "Empty continuation lines: lines 3, 5, 7 of this instruction are blank",
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 8,
        },
      ],
      output: "FROM alpine\nRUN apk add \\\n    curl \\\n# tools\n    git\n",
    },
    {
      name: "CRLF line endings",
      code: "FROM alpine\r\nRUN a \\\r\n\r\n  b\r\n",
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 4 }],
      output: "FROM alpine\r\nRUN a \\\r\n  b\r\n",
    },
    {
      name: "one finding per instruction, each on its last line",
      code: "FROM alpine\nRUN a \\\n\n  b\nRUN c \\\n\n  d \\\n  e\n",
      errors: [
        { line: 4, column: 3, endLine: 4, endColumn: 4 },
        { line: 8, column: 3, endLine: 8, endColumn: 4 },
      ],
      output: "FROM alpine\nRUN a \\\n  b\nRUN c \\\n  d \\\n  e\n",
    },
    {
      name: "the line before a heredoc body",
      code: "FROM alpine\nCOPY \\\n\n  <<EOF /a\nx\nEOF\n",
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 11 }],
      output: "FROM alpine\nCOPY \\\n  <<EOF /a\nx\nEOF\n",
    },
  ],
});
