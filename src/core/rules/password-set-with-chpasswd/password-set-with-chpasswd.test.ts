import { testRule } from "../../lint/rule-tester.js";
import rule from "./password-set-with-chpasswd.js";

testRule(rule, {
  valid: ["FROM debian\nRUN useradd -m app", "FROM debian\nRUN echo chpasswd"],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'FROM debian\nRUN ["chpasswd"]',
      errors: [{ messageId: "chpasswd", line: 2, column: 7, endLine: 2, endColumn: 15 }],
    },
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
