import { testRule } from "../../lint/rule-tester.js";
import rule from "./consecutive-run-instructions.js";

testRule(rule, {
  valid: [
    "FROM debian:10",
    "RUN /foo.sh",
    "RUN /foo.sh\nWORKDIR /\nRUN /bar.sh",
    "# a comment\nRUN /foo.sh",
    "RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh",
    "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh",
    "RUN foo && bar\nRUN foobar",
    "RUN foo; bar\nRUN foobar",
    "RUN foobar\nRUN foo && bar",
    "RUN foobar\nRUN foo; bar",
    "RUN foo && bar\nRUN foo; bar",
    "FROM debian\nRUN a\nFROM debian\nRUN b",
    "FROM debian\nRUN a\nRUN <<EOF\nb\nEOF",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'FROM debian\nRUN a\nRUN ["b"]',
      errors: [{ messageId: "consolidate", line: 3, column: 1, endLine: 3, endColumn: 4 }],
    },
    {
      code: "RUN /foo.sh\nRUN /bar.sh",
      errors: [{ messageId: "consolidate", line: 2, column: 1, endLine: 2, endColumn: 4 }],
    },
    {
      code: "RUN /foo.sh\n# a comment\nRUN /bar.sh",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4 }],
    },
    {
      code: "RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh",
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 4 }],
    },
    {
      code: "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
    },
    {
      code: "RUN foo && bar\nRUN foo\nRUN bar\n",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4 }],
    },
  ],
});
