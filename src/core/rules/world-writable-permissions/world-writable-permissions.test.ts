import { testRule } from "../../lint/rule-tester.js";
import rule from "./world-writable-permissions.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN chmod 755 /app && chmod u+w,g+w /data && chmod o-w /x",
    "FROM debian\nRUN chmod +x /entrypoint.sh && chmod +w g",
    "FROM debian\nCOPY --chmod=644 a /a",
    "FROM debian\nRUN chown 777 /x",
  ],
  invalid: [
    {
      code: "FROM debian\nRUN chmod 777 /app",
      errors: [
        {
          messageId: "worldWritable",
          message: /`chmod 777`/,
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 14,
        },
      ],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN chmod -R o+w /data && sudo chmod a+rwx /tmp/x && chmod 0666 f",
      errors: [
        { line: 2, column: 14, endLine: 2, endColumn: 17 },
        { line: 2, column: 38, endLine: 2, endColumn: 43 },
        { line: 2, column: 60, endLine: 2, endColumn: 64 },
      ],
    },
    {
      code: "FROM debian\nCOPY --chmod=777 a /a",
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 17 }],
    },
  ],
});
