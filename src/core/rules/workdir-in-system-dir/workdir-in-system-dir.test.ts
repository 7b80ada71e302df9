import { testRule } from "../../lint/rule-tester.js";
import rule from "./workdir-in-system-dir.js";

const message = (path: string, dir: string) =>
  `WORKDIR ${path} is inside the system directory ${dir}: use a directory of the application, such as /app`;

testRule(rule, {
  valid: [
    "FROM alpine\nWORKDIR /app",
    "FROM alpine\nWORKDIR /development",
    "FROM alpine\nWORKDIR /procedures",
    "FROM alpine\nWORKDIR /usr/src/proc",
    'FROM alpine\nWORKDIR "/path/to/workdir"',
    // the previous directory of an external image is unknown
    "FROM debian\nWORKDIR proc",
    // a variable without a known value
    "FROM alpine\nARG DIR\nWORKDIR $DIR/self",
    "FROM alpine\nONBUILD WORKDIR $DIR",
    // relative in a trigger: the child's WORKDIR is unknown
    "FROM scratch\nONBUILD WORKDIR dev",
    "FROM mcr.microsoft.com/windows/servercore\nWORKDIR C:\\\\proc",
  ],
  invalid: [
    {
      name: "Trivy's example",
      code: "FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /proc/self/fd/1\n",
      errors: [
        {
          messageId: "systemDir",
          message: message("/proc/self/fd/1", "/proc"),
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 24,
        },
      ],
    },
    {
      name: "quoted",
      code: 'FROM alpine\nWORKDIR "/proc/self/fd/1"',
      errors: [
        { message: message("/proc/self/fd/1", "/proc"), line: 2, column: 9, endLine: 2, endColumn: 26 },
      ],
    },
    {
      name: "the directory itself",
      code: "FROM alpine\nworkdir /dev\nWORKDIR /lost+found/\n",
      errors: [
        { message: message("/dev", "/dev"), line: 2, column: 9, endLine: 2, endColumn: 13 },
        { message: message("/lost+found", "/lost+found"), line: 3, column: 9, endLine: 3, endColumn: 21 },
      ],
    },
    {
      name: "ARG and ENV values",
      code: "FROM alpine\nARG FD=8\nENV BASE=/boot\nWORKDIR /proc/self/fd/$FD\nWORKDIR ${BASE}/efi\n",
      errors: [
        { message: message("/proc/self/fd/8", "/proc"), line: 4, column: 9, endLine: 4, endColumn: 26 },
        { message: message("/boot/efi", "/boot"), line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    {
      name: "relative paths resolved against the previous WORKDIR, across stages",
      code: "FROM scratch AS a\nWORKDIR dev\nFROM a\nWORKDIR ../initrd/./x\nWORKDIR /app/../proc//1/cwd\n",
      errors: [
        { message: message("/dev", "/dev"), line: 2, column: 9, endLine: 2, endColumn: 12 },
        { message: message("/initrd/x", "/initrd"), line: 4, column: 9, endLine: 4, endColumn: 22 },
        { message: message("/proc/1/cwd", "/proc"), line: 5, column: 9, endLine: 5, endColumn: 28 },
      ],
    },
    {
      name: "ONBUILD, absolute path",
      code: 'FROM alpine\nONBUILD WORKDIR "/proc/self/fd/7"\n',
      errors: [
        { message: message("/proc/self/fd/7", "/proc"), line: 2, column: 17, endLine: 2, endColumn: 34 },
      ],
    },
  ],
});
