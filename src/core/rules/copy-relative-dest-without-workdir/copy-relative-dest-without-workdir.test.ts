import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-relative-dest-without-workdir.js";

testRule(rule, {
  valid: [
    "COPY bla.sh /usr/local/bin/blubb.sh",
    'COPY bla.sh "/usr/local/bin/blubb.sh"',
    "COPY bla.sh c:\\system32\\blubb.sh",
    'COPY bla.sh "d:\\mypath\\blubb.sh"',
    "COPY bla.sh c:/system32/blubb.sh",
    "FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh",
    "FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh",
    "COPY src.sh ${SRC_BASE_ENV}",
    "COPY src.sh $SRC_BASE_ENV",
    'COPY src.sh "${SRC_BASE_ENV}"',
    'COPY src.sh "$SRC_BASE_ENV"',
    "FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar",
    "FROM microsoft/windowsservercore as base\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar",
    "FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar",
    "FROM microsoft/windowsservercore as base1\nWORKDIR c:\\system32\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar",
    "FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nONBUILD RUN foo\nFROM base\nCOPY foo bar",
    "FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nONBUILD RUN foo\nFROM base2\nCOPY foo bar",
    "COPY bla.sh d:/mypath/blubb.sh",
    'COPY bla.sh "c:\\system32\\blubb.sh"',
    "COPY bla.sh d:\\mypath\\blubb.sh",
    "FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar",
    "FROM debian:buster\nWORKDIR /app\nONBUILD COPY foo bar",
    'FROM debian:buster\nCOPY ["a", "/srv/a"]',
    // a relative WORKDIR still sets the directory
    "FROM debian:buster\nWORKDIR app\nCOPY foo bar",
  ],
  invalid: [
    {
      code: "COPY bla.sh blubb.sh",
      errors: [
        {
          messageId: "relative",
          message:
            "COPY to a relative destination without WORKDIR set: `blubb.sh` depends on the base image's working directory",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 21,
        },
      ],
    },
    { code: 'COPY bla.sh "blubb.sh"', errors: [{ line: 1, column: 13, endLine: 1, endColumn: 23 }] },
    {
      name: "WORKDIR set in a previous stage but not inherited",
      code: "FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n",
      errors: [{ line: 4, column: 10, endLine: 4, endColumn: 13 }],
      onbuild: true,
    },
    {
      name: "WORKDIR set in a previous stage but not inherited - windows",
      code: "FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n",
      errors: [{ line: 4, column: 10, endLine: 4, endColumn: 13 }],
      onbuild: true,
    },
    {
      name: "single character paths",
      code: "COPY a b",
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 9 }],
    },
    {
      name: "WORKDIR after the COPY",
      code: "FROM debian:buster\nCOPY a.txt .\nWORKDIR /app\n",
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 13 }],
    },
    {
      name: "inside ONBUILD without WORKDIR",
      code: "FROM debian:buster\nONBUILD COPY . app/\n",
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 20 }],
    },
    {
      name: "exec form",
      code: 'FROM debian:buster\nCOPY ["a", "b"]\n',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 15 }],
    },
  ],
});
