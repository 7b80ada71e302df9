import { testRule } from "../../lint/rule-tester.js";
import rule from "./ssh-port-exposed.js";

testRule(rule, {
  valid: [
    "FROM debian\nEXPOSE 80 443",
    "FROM debian\nEXPOSE 2222",
    "FROM debian\nEXPOSE 220/tcp",
    "FROM debian\nARG P\nEXPOSE $P",
  ],
  invalid: [
    {
      code: "FROM debian\nEXPOSE 80 22",
      errors: [{ messageId: "ssh", line: 2, column: 11, endLine: 2, endColumn: 13 }],
    },
    {
      code: "FROM debian\nEXPOSE 22/tcp\nONBUILD EXPOSE 20-25",
      errors: [
        { line: 2, column: 8, endLine: 2, endColumn: 10 },
        { line: 3, column: 16, endLine: 3, endColumn: 21 },
      ],
    },
    {
      code: "FROM debian\nARG SSH=22\nEXPOSE ${SSH}",
      errors: [{ line: 3, column: 8, endLine: 3, endColumn: 14 }],
    },
  ],
});
