import { testRule } from "../../lint/rule-tester.js";
import rule from "./gpg-check-disabled.js";

testRule(rule, {
  valid: [
    "RUN dnf install -y httpd",
    "RUN echo --nogpgcheck",
    "RUN yum --setopt=tsflags=nodocs install -y x",
  ],
  invalid: [
    {
      code: "RUN dnf install -y --nogpgcheck httpd",
      errors: [{ messageId: "noGpgCheck", line: 1, column: 20, endLine: 1, endColumn: 32 }],
      onbuild: true,
    },
    {
      code: "RUN yum --nogpgcheck install -y x && tdnf install --nogpgcheck y && rpm -i --nogpgcheck z.rpm",
      errors: [
        { line: 1, column: 9, endLine: 1, endColumn: 21 },
        { line: 1, column: 51, endLine: 1, endColumn: 63 },
        { line: 1, column: 76, endLine: 1, endColumn: 88 },
      ],
    },
    {
      code: "RUN microdnf install -y --setopt=gpgcheck=0 x",
      errors: [{ line: 1, column: 25, endLine: 1, endColumn: 44 }],
    },
  ],
});
