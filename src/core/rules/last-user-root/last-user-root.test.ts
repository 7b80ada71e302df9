import { testRule } from "../../lint/rule-tester.js";
import rule from "./last-user-root.js";

testRule(rule, {
  valid: [
    "FROM scratch\nUSER foo",
    "FROM scratch\nUSER root\nRUN something\nUSER foo",
    "FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else",
    "FROM debian:12\nRUN something",
    "FROM debian:12\nUSER 1000:0",
    "FROM debian:12\nUSER rootless",
    // ONBUILD USER applies to the child image, not this one
    "FROM debian:12\nONBUILD USER root",
    // the value of the variable is unknown
    "FROM debian:12\nUSER $APP_USER",
  ],
  invalid: [
    {
      code: "FROM scratch\nUSER root\n",
      errors: [{ messageId: "root", line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
    { code: "FROM scratch\nUSER 0\n", errors: [{ line: 2, column: 6, endLine: 2, endColumn: 7 }] },
    { code: "FROM scratch\nUSER root:root\n", errors: [{ line: 2, column: 6, endLine: 2, endColumn: 15 }] },
    { code: "FROM scratch\nUSER 0:0\n", errors: [{ line: 2, column: 6, endLine: 2, endColumn: 9 }] },
    {
      name: "warns on transitive root user",
      code: "FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }],
      onbuild: true,
    },
    {
      name: "warns on multiple stages",
      code: "FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }],
      onbuild: true,
    },
    {
      name: "the last of several USERs in a stage",
      code: "FROM debian:12\nUSER app\nUSER root\nFROM debian:12\nUSER 0\n",
      errors: [
        { line: 3, column: 6, endLine: 3, endColumn: 10 },
        { line: 5, column: 6, endLine: 5, endColumn: 7 },
      ],
    },
    {
      name: "a variable known to be root",
      code: "FROM debian:12\nARG U=root\nUSER ${U}\n",
      errors: [{ line: 3, column: 6, endLine: 3, endColumn: 10 }],
    },
  ],
});
