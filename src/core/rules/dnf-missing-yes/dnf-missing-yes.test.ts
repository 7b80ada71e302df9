import { testRule } from "../../lint/rule-tester.js";
import rule from "./dnf-missing-yes.js";

testRule(rule, {
  valid: [
    "RUN dnf install -y httpd-2.4.24 && dnf clean all",
    "RUN notdnf install httpd",
    "RUN microdnf --assumeyes install httpd",
    "RUN yum install httpd",
    "RUN microdnf install -y httpd-2.4.24 && microdnf clean all",
    "ONBUILD RUN dnf install -y httpd-2.4.24 && dnf clean all",
    "ONBUILD RUN microdnf install -y httpd-2.4.24 && microdnf clean all",
    "ONBUILD RUN notdnf install httpd",
  ],
  invalid: [
    {
      code: "RUN dnf install httpd-2.4.24 && dnf clean all",
      errors: [{ messageId: "missingYes", line: 1, column: 5, endLine: 1, endColumn: 16 }],
      output: "RUN dnf install -y httpd-2.4.24 && dnf clean all",
      onbuild: true,
    },
    {
      code: "RUN microdnf install httpd",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 21 }],
      output: "RUN microdnf install -y httpd",
    },
    {
      code: "RUN microdnf install httpd-2.4.24 && microdnf clean all",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 21 }],
      output: "RUN microdnf install -y httpd-2.4.24 && microdnf clean all",
      onbuild: true,
    },
  ],
});
