import { testRule } from "../../lint/rule-tester.js";
import rule from "./wget-and-curl-mixed.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN wget my.xyz\nRUN wget other.xyz",
    "FROM debian\nRUN curl -fsSL my.xyz",
    "FROM debian AS a\nRUN wget my.xyz\nFROM debian\nRUN curl my.xyz",
    "FROM debian\nRUN echo wget curl",
    "FROM node as foo\nRUN wget my.xyz\n",
    "FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n",
  ],
  invalid: [
    {
      name: "both in the first stage, curl alone in the second",
      code: "FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n",
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      name: "only the relevant RUN",
      code: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n",
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      name: "many relevant RUNs",
      code: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n",
      errors: [
        { line: 3, column: 5, endLine: 3, endColumn: 9 },
        { line: 5, column: 5, endLine: 5, endColumn: 9 },
      ],
    },
    {
      code: "FROM debian\nRUN wget my.xyz\nRUN curl localhost",
      errors: [
        { messageId: "both", message: /already uses wget/, line: 3, column: 5, endLine: 3, endColumn: 9 },
      ],
      onbuild: true,
    },
    {
      name: "both in one RUN: at the second tool, which the stage already has the first of",
      code: "FROM debian\nRUN wget my.xyz && curl localhost",
      errors: [{ message: /already uses wget/, line: 2, column: 20, endLine: 2, endColumn: 24 }],
      onbuild: true,
    },
    {
      name: "curl first, wget later in the same RUN: not 'already uses wget' at the curl",
      code: "FROM debian\nRUN if x; then curl -L a | tar x; fi && \\\n  wget b -O c",
      errors: [{ message: /already uses curl/, line: 3, column: 3, endLine: 3, endColumn: 7 }],
    },
    {
      code: "FROM debian\nRUN curl a\nRUN wget b\nRUN echo\nRUN sudo curl c",
      errors: [
        { line: 3, column: 5, endLine: 3, endColumn: 9 },
        { line: 5, column: 10, endLine: 5, endColumn: 14 },
      ],
    },
  ],
});
