import { testRule } from "../../lint/rule-tester.js";
import rule from "./password-set-with-chpasswd.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN useradd -m app",
    "FROM debian\nRUN echo chpasswd",
    'FROM debian\nRUN ["chpasswd"]',
  ],
  invalid: [
    {
      code: "FROM debian\nRUN echo 'root:secret' | chpasswd",
      errors: [{ messageId: "chpasswd", line: 2, column: 26, endLine: 2, endColumn: 34 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN useradd app && echo app:x | sudo /usr/sbin/chpasswd -e",
      errors: [{ line: 2, column: 38, endLine: 2, endColumn: 56 }],
    },
  ],
});
