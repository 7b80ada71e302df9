import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-from-root-filesystem.js";

testRule(rule, {
  valid: [
    "COPY / /",
    "COPY --from=build /app /",
    "COPY --from=build / /app",
    "FROM alpine:3 AS build\nFROM scratch\nCOPY --from=build /out/ /",
  ],
  invalid: [
    {
      code: "COPY --from=build / /",
      errors: [{ messageId: "wholeFilesystem", line: 1, column: 19, endLine: 1, endColumn: 20 }],
    },
    { code: 'COPY --from=build "/" "/"', errors: [{ line: 1, column: 19, endLine: 1, endColumn: 22 }] },
    {
      code: "FROM alpine:3 AS build\nRUN true\nFROM scratch\nCOPY --from=build / /\n",
      errors: [{ line: 4, column: 19, endLine: 4, endColumn: 20 }],
      onbuild: true,
    },
    {
      name: "exec form",
      code: 'FROM alpine:3 AS build\nFROM scratch\nCOPY --from=build ["/", "/"]\n',
      errors: [{ line: 3, column: 20, endLine: 3, endColumn: 23 }],
    },
    {
      name: "inside ONBUILD",
      code: "FROM alpine:3\nONBUILD COPY --from=base / /\n",
      errors: [{ line: 2, column: 26, endLine: 2, endColumn: 27 }],
    },
  ],
});
