import { testRule } from "../../lint/rule-tester.js";
import rule from "./shell-replaced-by-symlink.js";

testRule(rule, {
  valid: [
    'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN echo hi',
    "FROM debian\nRUN ln -s /bin/bash /usr/local/bin/bash5",
    "FROM debian\nRUN echo ln /bin/sh",
  ],
  invalid: [
    {
      code: "FROM debian\nRUN ln -sf /bin/bash /bin/sh",
      errors: [{ messageId: "useShell", line: 2, column: 22, endLine: 2, endColumn: 29 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN rm /bin/sh && sudo ln -s /bin/bash '/bin/sh'",
      errors: [{ line: 2, column: 40, endLine: 2, endColumn: 49 }],
    },
  ],
});
