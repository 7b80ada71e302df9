import { testRule } from "../../lint/rule-tester.js";
import rule from "./maintainer-deprecated.js";

testRule(rule, {
  valid: [
    "FROM debian",
    {
      name: "BuildKit testMaintainerDeprecated (LABEL)",
      code: '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n',
    },
    "FROM alpine\nLABEL org.opencontainers.image.authors=me",
    "FROM alpine\n# MAINTAINER in a comment",
  ],
  invalid: [
    {
      code: "FROM busybox\nMAINTAINER hudu@mail.com",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: 'FROM busybox\nLABEL org.opencontainers.image.authors="hudu@mail.com"',
    },
    {
      code: "FROM debian\nMAINTAINER Lukas",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: 'FROM debian\nLABEL org.opencontainers.image.authors="Lukas"',
    },
    {
      code: "MAINTAINER Lukas\nFROM DEBIAN",
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 11 }],
      output: 'LABEL org.opencontainers.image.authors="Lukas"\nFROM DEBIAN',
    },
    {
      code: "FROM alpine\nMAINTAINER Jane Doe <jane@example.com>\n",
      errors: [{ messageId: "deprecated", line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: 'FROM alpine\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
    },
    {
      code: 'FROM alpine\nmaintainer "quoted"\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: 'FROM alpine\nLABEL org.opencontainers.image.authors="\\"quoted\\""\n',
    },
    {
      name: "BuildKit testMaintainerDeprecated",
      code: "\nFROM scratch\nMAINTAINER me@example.org\n",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 11 }],
      output: '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n',
    },
  ],
});
