import { testRule } from "../../lint/rule-tester.js";
import rule from "./shell-replaced-by-symlink.js";

testRule(rule, {
  valid: [
    'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN echo hi',
    "FROM debian\nRUN ln -s /bin/bash /usr/local/bin/bash5",
    "FROM debian\nRUN echo ln /bin/sh",
    "RUN ln -sf /bin/true /sbin/initctl",
    "RUN ln -s foo bar && unrelated && something_with /bin/sh",
    "ONBUILD RUN ln -sf /bin/true /sbin/initctl",
    "ONBUILD RUN ln -s foo bar && unrelated && something_with /bin/sh",
  ],
  invalid: [
    {
      code: "RUN ln -sfv /bin/bash /bin/sh",
      errors: [{ line: 1, column: 23, endLine: 1, endColumn: 30 }],
      onbuild: true,
    },
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
