import { testRule } from "../../lint/rule-tester.js";
import rule from "./download-piped-to-shell.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN curl -fsSL https://e.com/x.sh -o /tmp/x.sh && sha256sum -c x.sha && sh /tmp/x.sh",
    "FROM debian\nRUN curl -fsSL https://e.com/x.tar.gz | tar xz",
    "FROM debian\nRUN wget -qO- https://e.com/key | gpg --dearmor > /k.gpg",
    'FROM debian\nRUN bash build.sh "$(curl -fsSL https://e.com/VERSION)"',
    'FROM debian\nRUN sh -c "echo start" "$(curl -s https://e.com/name)"',
    'FROM debian\nRUN echo "$(curl -s https://e.com/v)" | tee /v.txt',
    "FROM debian\nRUN curl -fsSL https://e.com/x.sh | sed -n 1p > /x.txt",
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
    {
      // through stages that pass the script on
      code: "FROM debian\nRUN curl -fsSL https://e.com/i.sh | sed 's/sudo //' | tr -d '\\r' | bash -s",
      errors: [
        {
          messageId: "piped",
          message: /`curl \.\.\. \| bash`/,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 72,
        },
      ],
    },
    {
      code: 'FROM debian\nRUN sh -c "$(curl -fsSL https://e.com/install.sh)"',
      errors: [
        {
          messageId: "substituted",
          message: /^`sh` runs what `curl` fetches/,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 49,
        },
      ],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN bash <(wget -qO- https://e.com/install.sh) --yes",
      errors: [{ messageId: "substituted", line: 2, column: 5, endLine: 2, endColumn: 46 }],
    },
    {
      code: 'FROM debian\nRUN eval "$(curl -s https://e.com/env)" && make',
      errors: [
        {
          messageId: "substituted",
          message: /^`eval` runs what `curl`/,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
  ],
});
