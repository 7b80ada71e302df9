import { testRule } from "../../lint/rule-tester.js";
import rule from "./expose-invalid-format.js";

const msg = (p: string) =>
  `EXPOSE instruction should not define an IP address or host-port mapping, found '${p}'`;

testRule(rule, {
  valid: [
    "FROM alpine\nEXPOSE 80\n",
    "FROM alpine\nEXPOSE 80/udp 8000-8010\n",
    { name: "check=skip", code: "# check=skip=ExposeInvalidFormat\nFROM alpine\nEXPOSE 80:80\n" },
  ],
  invalid: [
    {
      name: "BuildKit testExposeInvalidFormat",
      code: "\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n",
      errors: [
        { message: msg("127.0.0.1:80:80"), line: 3, column: 8, endLine: 3, endColumn: 23 },
        { message: msg("[::1]:8080:8080"), line: 3, column: 24, endLine: 3, endColumn: 39 },
        { message: msg("5000:5000"), line: 3, column: 40, endLine: 3, endColumn: 49 },
      ],
      output: "\nFROM scratch\nEXPOSE 80 8080 5000 8000\n",
    },
    {
      name: "documented example with a protocol",
      code: "FROM alpine\nEXPOSE 80:80/udp\n",
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 17 }],
      output: "FROM alpine\nEXPOSE 80/udp\n",
    },
    {
      name: "from a variable (no fix)",
      code: 'FROM alpine\nARG P="8080:80"\nEXPOSE $P\n',
      errors: [{ message: msg("8080:80"), line: 3, column: 8, endLine: 3, endColumn: 10 }],
    },
  ],
});
