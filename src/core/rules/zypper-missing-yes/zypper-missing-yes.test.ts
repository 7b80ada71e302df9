import { testRule } from "../../lint/rule-tester.js";
import rule from "./zypper-missing-yes.js";

testRule(rule, {
  valid: [
    "RUN zypper install -n httpd=2.4.24 && zypper clean",
    "RUN zypper install --non-interactive httpd=2.4.24 && zypper clean",
    "RUN zypper install -y httpd=2.4.24 && zypper clean",
    "RUN zypper install --no-confirm httpd=2.4.24 && zypper clean",
    "RUN zypper -n in httpd",
    "RUN zypper refresh",
    "ONBUILD RUN zypper install -n httpd=2.4.24 && zypper clean",
    "ONBUILD RUN zypper install --non-interactive httpd=2.4.24 && zypper clean",
    "ONBUILD RUN zypper install -y httpd=2.4.24 && zypper clean",
    "ONBUILD RUN zypper install --no-confirm httpd=2.4.24 && zypper clean",
  ],
  invalid: [
    {
      code: "RUN zypper install httpd=2.4.24 && zypper clean",
      errors: [{ messageId: "missingYes", line: 1, column: 5, endLine: 1, endColumn: 19 }],
      output: "RUN zypper --non-interactive install httpd=2.4.24 && zypper clean",
      onbuild: true,
    },
    {
      code: "RUN zypper rm vim",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 14 }],
      output: "RUN zypper --non-interactive rm vim",
    },
  ],
});
