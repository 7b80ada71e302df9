import { testRule } from "../../lint/rule-tester.js";
import rule from "./user-not-numeric.js";

testRule(rule, {
  valid: [
    "USER 12345",
    "USER 1234:5678",
    "FROM alpine:3\nUSER 1000:app",
    // only the last USER of the last stage counts
    "FROM alpine:3 AS build\nUSER builder\nFROM alpine:3\nUSER 1000",
    "FROM alpine:3\nUSER app\nRUN make\nUSER 1000",
    // the last stage sets no USER
    "FROM alpine:3\nUSER app\nFROM alpine:3\nRUN true",
    "FROM alpine:3\nONBUILD USER app",
    "FROM alpine:3\nUSER $APP_UID",
    "FROM alpine:3\nARG UID=1001\nUSER ${UID}",
    // hadolint's cases as written
    "FROM foo:bar\nUSER 1234\n",
    "FROM foo:bar\nUSER 1234:5678\n",
    "ARG APP_UID\nFROM foobar:barfoo\nUSER ${APP_UID}\n",
    "FROM foo:bar AS build\nUSER foobar\nFROM foobar:barfoo\nUSER 1234\n",
    "FROM foo:bar\nUSER foobar\nUSER 1234\n",
    // Windows has no numeric user ids: its built-in and domain accounts are names
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser",
    "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER containeradministrator",
  ],
  invalid: [
    { code: "FROM foo:bar\nUSER foobar\n", errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12 }] },
    {
      code: "FROM foo:bar\nUSER foobar:barfoo\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12 }],
    },
    {
      code: "FROM foo:bar AS build\nUSER 1234\nFROM foobar:barfoo\nUSER foobar\n",
      errors: [{ line: 4, column: 6, endLine: 4, endColumn: 12 }],
    },
    {
      code: "FROM foo:bar\nUSER 1234\nUSER foobar\n",
      errors: [{ line: 3, column: 6, endLine: 3, endColumn: 12 }],
    },
    {
      code: "FROM alpine:3\nUSER foobar\n",
      errors: [
        {
          messageId: "nonNumeric",
          message: "Non-numeric user-id `foobar` may not be resolvable by host system: use a numeric UID",
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 12,
        },
      ],
    },
    {
      code: "FROM alpine:3\nUSER foobar:barfoo\nRUN true\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12 }],
      onbuild: true,
    },
    {
      name: "only the last of several",
      code: "FROM alpine:3 AS build\nUSER builder\nFROM alpine:3\nUSER 1000\nUSER node\n",
      errors: [{ line: 5, column: 6, endLine: 5, endColumn: 10 }],
    },
    {
      name: "a known variable",
      code: "FROM alpine:3\nARG APP_USER=app\nUSER $APP_USER\n",
      errors: [{ message: /`app`/, line: 3, column: 6, endLine: 3, endColumn: 15 }],
    },
  ],
});
