import { testRule } from "../../lint/rule-tester.js";
import rule from "./workdir-relative-path.js";

testRule(rule, {
  valid: [
    {
      name: "BuildKit: absolute workdir in the base stage",
      code: "\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n",
    },
    {
      name: "BuildKit: per-instruction skip",
      code: "\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n",
    },
    { name: "only the first WORKDIR counts", code: "FROM alpine\nWORKDIR /app\nWORKDIR sub\n" },
    { name: "expands to an absolute path", code: "FROM alpine\nARG D=/srv\nWORKDIR $D/app\n" },
    { name: "unknown value", code: "FROM alpine\nWORKDIR $HOME/app\n" },
    { name: "Windows path", code: "FROM mcr.microsoft.com/windows/nanoserver\nWORKDIR C:\\app\n" },
    {
      name: "Windows platform flag",
      code: "FROM --platform=windows/amd64 example/app\nWORKDIR c:/build\n",
    },
    {
      name: "Windows base stage, escape=`",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nFROM base\nWORKDIR \\app\n",
    },
  ],
  invalid: [
    {
      name: "BuildKit testWorkdirRelativePath",
      code: "\nFROM scratch\nWORKDIR app/\n",
      errors: [
        {
          message: 'Relative workdir "app/" can have unexpected results if the base image changes',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 13,
        },
      ],
    },
    {
      name: "tally: a drive letter is relative on Linux",
      code: "FROM alpine:3.20\nWORKDIR c:/build\n",
      errors: [{ message: /"c:\/build"/, line: 2, column: 9, endLine: 2, endColumn: 17 }],
    },
    {
      name: "Windows: only the C: drive is the system drive",
      code: "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR D:/app\n",
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 15 }],
    },
    {
      name: "a later WORKDIR is not reported",
      code: "FROM alpine\nWORKDIR app\nWORKDIR other\n",
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12 }],
    },
    {
      name: "expanded value in the message",
      code: "FROM alpine\nARG D=src\nWORKDIR ${D}/x\n",
      errors: [{ message: /"src\/x"/, line: 3, column: 9, endLine: 3, endColumn: 15 }],
    },
  ],
});
