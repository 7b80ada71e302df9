import { testRule } from "../../lint/rule-tester.js";
import rule from "./workdir-not-absolute.js";

testRule(rule, {
  valid: [
    "WORKDIR /usr/local",
    "WORKDIR ${work}",
    "WORKDIR '/usr/local'",
    'WORKDIR "/usr/local"',
    'WORKDIR "${dir}"',
    "WORKDIR 'C:\\'",
    'WORKDIR "C:\\"',
    "WORKDIR C:/",
    'WORKDIR "C:/"',
    "FROM alpine:3\nWORKDIR /app\nWORKDIR /app/src",
    // a variable whose value is unknown (it may come from the base image)
    "FROM alpine:3\nWORKDIR $HOME",
    // a variable that expands to an absolute path
    "FROM alpine:3\nARG DIR=/srv\nWORKDIR $DIR",
    "FROM alpine:3\nONBUILD WORKDIR /app",
    "FROM alpine:3\nONBUILD WORKDIR $DIR",
  ],
  invalid: [
    {
      code: "WORKDIR relative/dir",
      errors: [{ messageId: "relative", line: 1, column: 9, endLine: 1, endColumn: 21 }],
    },
    {
      code: "WORKDIR 'relative/dir'",
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 23 }],
    },
    {
      code: 'WORKDIR "relative/dir"',
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 23 }],
    },
    {
      name: "unknown previous directory (base image): no fix",
      code: "FROM node:20\nWORKDIR app\n",
      errors: [
        {
          message: "Use an absolute WORKDIR: `app` is relative",
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 12,
        },
      ],
    },
    {
      name: "known previous directory: fixed to the absolute path",
      code: "FROM node:20\nWORKDIR /srv\nWORKDIR app/../web\n",
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 19 }],
      output: "FROM node:20\nWORKDIR /srv\nWORKDIR /srv/web\n",
    },
    {
      name: "scratch starts at /",
      code: "FROM scratch\nWORKDIR app\n",
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12 }],
      output: "FROM scratch\nWORKDIR /app\n",
    },
    {
      name: "inherited from a base stage",
      code: "FROM node:20 AS base\nWORKDIR /usr/src\nFROM base\nWORKDIR ./app\n",
      errors: [{ line: 4, column: 9, endLine: 4, endColumn: 14 }],
      output: "FROM node:20 AS base\nWORKDIR /usr/src\nFROM base\nWORKDIR /usr/src/app\n",
    },
    {
      name: "a variable known to hold a relative path",
      code: "FROM alpine:3\nARG DIR=app\nWORKDIR $DIR\n",
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 13 }],
    },
    {
      name: "inside ONBUILD: no fix (the directory is the child image's)",
      code: "FROM alpine:3\nWORKDIR /srv\nONBUILD WORKDIR app\n",
      errors: [{ line: 3, column: 17, endLine: 3, endColumn: 20 }],
    },
  ],
});
