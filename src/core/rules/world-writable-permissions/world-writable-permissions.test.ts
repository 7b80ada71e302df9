import { testRule } from "../../lint/rule-tester.js";
import rule from "./world-writable-permissions.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN chmod 755 /app && chmod u+w,g+w /data && chmod o-w /x",
    "FROM debian\nRUN chmod +x /entrypoint.sh && chmod +w g",
    "FROM debian\nCOPY --chmod=644 a /a",
    "FROM debian\nRUN chown 777 /x",
    {
      name: "the standard mode of the temporary directories (world-writable with the sticky bit)",
      code: "FROM debian\nRUN mkdir -p /tmp /var/tmp && chmod 1777 /tmp /var/tmp/ && chmod a+rwxt /dev/shm",
    },
  ],
  invalid: [
    {
      name: "a temporary directory without the sticky bit, or another directory with it",
      code: "FROM debian\nRUN chmod 777 /tmp && chmod 1777 /tmp /data && chmod 1777 /tmp/app",
      errors: [
        { line: 2, column: 11, endLine: 2, endColumn: 14 },
        { line: 2, column: 29, endLine: 2, endColumn: 33 },
        { line: 2, column: 54, endLine: 2, endColumn: 58 },
      ],
    },
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
