import { testRule } from "../../lint/rule-tester.js";
import rule from "./yum-missing-yes.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "ONBUILD RUN yum install -y httpd-2.4.24 && yum clean all",
    "ONBUILD RUN bash -c `# not even a yum command`",
    "RUN yum install -y httpd-2.4.24 && yum clean all",
    "RUN bash -c `# not even a yum command`",
    "RUN yum --assumeyes groupinstall 'Development Tools'",
    "RUN yum clean all",
  ],
  invalid: [
    {
      code: "RUN yum install httpd-2.4.24 && yum clean all",
      errors: [{ messageId: "missingYes", line: 1, column: 5, endLine: 1, endColumn: 16 }],
      output: "RUN yum install -y httpd-2.4.24 && yum clean all",
      onbuild: true,
    },
    {
      code: "RUN yum -q localinstall /tmp/x.rpm",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 24 }],
      output: "RUN yum -q localinstall -y /tmp/x.rpm",
    },
  ],
});
