import { testRule } from "../../lint/rule-tester.js";
import rule from "./cd-instead-of-workdir.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "WORKDIR /opt",
    "FROM debian\nRUN foo",
    "FROM debian\nWORKDIR /usr/src\nRUN make",
    "FROM debian\nRUN echo cd /tmp",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'FROM debian\nRUN ["cd", "/tmp"]',
      errors: [{ messageId: "useWorkdir", line: 2, column: 7, endLine: 2, endColumn: 9 }],
    },
    {
      code: "FROM debian\nRUN cd /opt",
      errors: [{ messageId: "useWorkdir", line: 2, column: 5, endLine: 2, endColumn: 7 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN git clone x && cd x && make",
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 22 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN (cd /src && make) \\\n && cd /",
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 8 },
        { line: 3, column: 5, endLine: 3, endColumn: 7 },
      ],
    },
  ],
});
