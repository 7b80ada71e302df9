import { testRule } from "../../lint/rule-tester.js";
import rule from "./expose-protocol-casing.js";

testRule(rule, {
  valid: [
    "FROM alpine\nEXPOSE 80/tcp\n",
    "FROM alpine\nEXPOSE 80 443/udp\n",
    { name: "unknown value", code: "FROM alpine\nARG P\nEXPOSE $P\n" },
    { name: "check=skip", code: "# check=skip=ExposeProtoCasing\nFROM alpine\nEXPOSE 80/TcP\n" },
  ],
  invalid: [
    {
      name: "BuildKit testExposeProtoCasing",
      code: "\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n",
      errors: [
        {
          message: "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase",
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 14,
        },
        {
          message: "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase",
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 23,
        },
      ],
      output: "\nFROM scratch\nEXPOSE 80/tcp 8080/tcp 8080/udp\n",
    },
    {
      name: "from a variable (no fix)",
      code: 'FROM alpine\nARG P="80/UDP"\nEXPOSE $P\n',
      errors: [{ message: /'80\/UDP'/, line: 3, column: 8, endLine: 3, endColumn: 10 }],
    },
  ],
});
