import { testRule } from "../../lint/rule-tester.js";
import rule from "./onbuild-forbidden-instruction.js";

testRule(rule, {
  valid: [
    "ONBUILD ADD anything anywhere",
    "ONBUILD USER anything",
    'ONBUILD LABEL bla="blubb"',
    "ONBUILD STOPSIGNAL anything",
    "ONBUILD COPY anything anywhere",
    "ONBUILD RUN anything",
    "ONBUILD CMD anything",
    "ONBUILD SHELL anything",
    "ONBUILD WORKDIR anything",
    "ONBUILD EXPOSE 69",
    "ONBUILD VOLUME anything",
    "ONBUILD ENTRYPOINT anything",
    'ONBUILD ENV MYVAR="bla"',
    "ONBUILD ARG anything",
    "ONBUILD HEALTHCHECK NONE",
    "FROM debian:buster",
    'MAINTAINER "Some Guy"',
    "FROM alpine\nONBUILD\n",
  ],
  invalid: [
    {
      code: "ONBUILD ONBUILD RUN anything",
      errors: [
        { messageId: "forbidden", message: /^ONBUILD cannot/, line: 1, column: 9, endLine: 1, endColumn: 16 },
      ],
    },
    {
      code: "ONBUILD FROM debian:buster",
      errors: [{ message: /^FROM cannot/, line: 1, column: 9, endLine: 1, endColumn: 13 }],
    },
    {
      code: 'ONBUILD MAINTAINER "BoJack Horseman"',
      errors: [{ message: /^MAINTAINER cannot/, line: 1, column: 9, endLine: 1, endColumn: 19 }],
    },
    {
      name: "lower case, in a later stage",
      code: "FROM alpine AS a\nRUN true\nFROM a\nonbuild   from scratch\n",
      errors: [{ line: 4, column: 11, endLine: 4, endColumn: 15 }],
    },
  ],
});
