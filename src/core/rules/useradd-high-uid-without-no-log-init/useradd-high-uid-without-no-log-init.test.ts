import { testRule } from "../../lint/rule-tester.js";
import rule from "./useradd-high-uid-without-no-log-init.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN useradd luser",
    "FROM debian\nRUN useradd -u 12345 luser",
    "FROM debian\nRUN useradd -l -u 123456 luser",
    "FROM debian\nRUN useradd -l luser",
    "FROM debian\nRUN useradd --no-log-init --uid 1000000 luser",
    "FROM debian\nRUN adduser -u 123456 luser",
    "RUN useradd luser",
    "RUN useradd -u 12345 luser",
    "RUN useradd -l -u 123456 luser",
    "RUN useradd -l luser",
  ],
  invalid: [
    {
      code: "RUN useradd -u 123456 luser",
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 22 }],
      output: "RUN useradd -l -u 123456 luser",
    },
    {
      code: "FROM debian\nRUN useradd -u 123456 luser",
      errors: [{ messageId: "noLogInit", line: 2, column: 16, endLine: 2, endColumn: 22 }],
      output: "FROM debian\nRUN useradd -l -u 123456 luser",
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN groupadd -g 1000000 g && sudo useradd --uid=1000000 -g g luser",
      errors: [{ message: /\(1000000\)/, line: 2, column: 49, endLine: 2, endColumn: 56 }],
      output: "FROM debian\nRUN groupadd -g 1000000 g && sudo useradd -l --uid=1000000 -g g luser",
    },
  ],
});
