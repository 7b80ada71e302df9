import { testRule } from "../../lint/rule-tester.js";
import rule from "./download-piped-to-shell.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN curl -fsSL https://e.com/x.sh -o /tmp/x.sh && sha256sum -c x.sha && sh /tmp/x.sh",
    "FROM debian\nRUN curl -fsSL https://e.com/x.tar.gz | tar xz",
    "FROM debian\nRUN wget -qO- https://e.com/key | gpg --dearmor > /k.gpg",
  ],
  invalid: [
    {
      code: "FROM debian\nRUN curl -fsSL https://e.com/install.sh | sh",
      errors: [
        { messageId: "piped", message: /`curl \.\.\. \| sh`/, line: 2, column: 5, endLine: 2, endColumn: 45 },
      ],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN wget -qO- https://e.com/x | sudo bash -s -- -y",
      errors: [{ message: /`wget \.\.\. \| bash`/, line: 2, column: 5, endLine: 2, endColumn: 42 }],
    },
  ],
});
