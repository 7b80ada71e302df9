import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-from-own-stage.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz\n",
    "FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz",
    "FROM alpine:3\nRUN make\nFROM alpine:3\nCOPY --from=0 /out /out",
    "FROM alpine:3 AS app\nCOPY --from=$STAGE /a /a",
    "FROM alpine:3 AS app\nCOPY --from=app:1.0 /a /a",
    "FROM alpine:3 AS app\nONBUILD COPY --from=app /a /a",
  ],
  invalid: [
    {
      code: "FROM node as foo\nCOPY --from=foo bar .\n",
      errors: [
        {
          messageId: "own",
          message: "COPY --from cannot reference its own FROM alias `foo`",
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 16,
        },
      ],
      onbuild: true,
    },
    {
      name: "names are case-insensitive",
      code: "FROM node:20 AS Build\nCOPY --from=build /a /b\n",
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 18 }],
    },
    {
      name: "by index",
      code: "FROM node:20\nRUN true\nFROM node:20\nCOPY --from=1 /a /b\n",
      errors: [{ line: 4, column: 13, endLine: 4, endColumn: 14 }],
    },
    {
      name: "a known variable",
      code: "FROM node:20 AS app\nARG SELF=app\nCOPY --from=${SELF} /a /b\n",
      errors: [{ message: /alias `app`/, line: 3, column: 13, endLine: 3, endColumn: 20 }],
    },
  ],
});
