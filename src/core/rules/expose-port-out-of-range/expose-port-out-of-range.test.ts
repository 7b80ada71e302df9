// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not templates
import { testRule } from "../../lint/rule-tester.js";
import rule from "./expose-port-out-of-range.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "EXPOSE ${FOOBAR}",
    "EXPOSE 40000-60000/tcp",
    "EXPOSE 40000-${FOOBAR}",
    "EXPOSE 60000",
    "FROM alpine\nEXPOSE 0 80 443/tcp 53/udp 65535",
    "FROM alpine\nEXPOSE 8000-8010",
    "FROM alpine\nEXPOSE $PORT",
    "FROM alpine\nARG PORT=8080\nEXPOSE ${PORT}/tcp",
    "FROM alpine\nONBUILD EXPOSE $PORT",
  ],
  invalid: [
    {
      code: "EXPOSE 40000-80000/tcp",
      errors: [
        { messageId: "outOfRange", message: /Port 80000/, line: 1, column: 8, endLine: 1, endColumn: 19 },
      ],
    },
    {
      code: "EXPOSE 80000",
      errors: [
        { messageId: "outOfRange", message: /Port 80000/, line: 1, column: 8, endLine: 1, endColumn: 13 },
      ],
    },
    {
      code: "FROM alpine\nEXPOSE 80 70000/udp\n",
      errors: [{ line: 2, column: 11, endLine: 2, endColumn: 16 }],
    },
    {
      name: "ranges",
      code: "FROM alpine\nEXPOSE 65000-65536 70000-70001\n",
      errors: [
        { message: /Port 65536/, line: 2, column: 8, endLine: 2, endColumn: 19 },
        { message: /Port 70000/, line: 2, column: 20, endLine: 2, endColumn: 31 },
      ],
    },
    {
      name: "expanded ARG value",
      code: "FROM alpine\nARG PORT=99999\nEXPOSE ${PORT}\n",
      errors: [{ message: /Port 99999/, line: 3, column: 8, endLine: 3, endColumn: 15 }],
    },
    {
      name: "ONBUILD EXPOSE with a literal port",
      code: "FROM alpine\nONBUILD EXPOSE 123456\n",
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 22 }],
    },
    {
      name: "multi-stage",
      code: "FROM alpine AS a\nEXPOSE 80\nFROM a\nEXPOSE 65536\n",
      errors: [{ line: 4, column: 8, endLine: 4, endColumn: 13 }],
    },
  ],
});
