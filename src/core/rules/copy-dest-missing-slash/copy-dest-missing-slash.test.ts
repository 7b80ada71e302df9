import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-dest-missing-slash.js";

testRule(rule, {
  valid: [
    "COPY foo bar",
    "COPY foo bar baz/",
    'COPY foo bar "baz/"',
    'COPY ["foo", "bar", "baz/"]',
    "FROM alpine:3\nCOPY --from=build /a /b /dst/",
    // the destination's value is unknown
    "FROM alpine:3\nCOPY a b $DEST",
    "FROM alpine:3\nARG DEST=/srv/\nCOPY a b $DEST",
    "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a b C:\\app\\",
  ],
  invalid: [
    {
      code: 'COPY foo bar "baz"',
      errors: [{ messageId: "missingSlash", line: 1, column: 14, endLine: 1, endColumn: 19 }],
      output: 'COPY foo bar "baz/"',
    },
    {
      code: "COPY foo bar baz",
      errors: [
        {
          messageId: "missingSlash",
          message: "COPY with more than 2 arguments requires the last argument to end with /",
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 17,
        },
      ],
      output: "COPY foo bar baz/",
    },
    {
      code: 'FROM alpine:3\nCOPY ["foo", "bar", "/baz"]\n',
      errors: [{ line: 2, column: 21, endLine: 2, endColumn: 27 }],
      output: 'FROM alpine:3\nCOPY ["foo", "bar", "/baz/"]\n',
    },
    {
      code: 'FROM alpine:3\nCOPY --chown=1000 foo bar "/baz"\n',
      errors: [{ line: 2, column: 27, endLine: 2, endColumn: 33 }],
      output: 'FROM alpine:3\nCOPY --chown=1000 foo bar "/baz/"\n',
    },
    {
      name: "ADD has the same requirement",
      code: "FROM alpine:3\nADD a.tar b.tar /opt\n",
      errors: [{ message: /^ADD with more/, line: 2, column: 17, endLine: 2, endColumn: 21 }],
      output: "FROM alpine:3\nADD a.tar b.tar /opt/\n",
    },
    {
      name: "a known variable",
      code: "FROM alpine:3\nARG DEST=/srv\nCOPY a b $DEST\n",
      errors: [{ line: 3, column: 10, endLine: 3, endColumn: 15 }],
      output: "FROM alpine:3\nARG DEST=/srv\nCOPY a b $DEST/\n",
    },
    {
      name: "inside ONBUILD",
      code: "FROM alpine:3\nONBUILD COPY a b /srv\n",
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 22 }],
      output: "FROM alpine:3\nONBUILD COPY a b /srv/\n",
    },
  ],
});
