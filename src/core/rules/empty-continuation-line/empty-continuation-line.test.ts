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
      name: "BuildKit testNoEmptyContinuation",
      code: "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n",
      errors: [{ message: "Empty continuation line", line: 5, column: 1, endLine: 5, endColumn: 1 }],
      output:
        "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n.\nCOPY Dockerfile \\\n.\n",
    },
    {
      name: "several blank lines, with blanks, around a comment",
      code: "FROM alpine\nRUN apk add \\\n   \n    curl \\\n\n# tools\n\n    git\n",
      errors: [
        { line: 3, column: 1, endLine: 3, endColumn: 4 },
        { line: 5, column: 1, endLine: 5, endColumn: 1 },
        { line: 7, column: 1, endLine: 7, endColumn: 1 },
      ],
      output: "FROM alpine\nRUN apk add \\\n    curl \\\n# tools\n    git\n",
    },
    {
      name: "CRLF line endings",
      code: "FROM alpine\r\nRUN a \\\r\n\r\n  b\r\n",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 1 }],
      output: "FROM alpine\r\nRUN a \\\r\n  b\r\n",
    },
  ],
});
