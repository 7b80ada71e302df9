import { testRule } from "../../lint/rule-tester.js";
import rule from "./yum-cache-not-cleaned.js";

testRule(rule, {
  valid: [
    "RUN yum install -y mariadb-10.4 && yum clean all",
    "RUN bash -c `# not even a yum command`",
    "RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum",
    "RUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4",
  ],
  invalid: [
    {
      code: "RUN yum install -y mariadb-10.4",
      errors: [{ messageId: "notCleaned", line: 1, column: 5, endLine: 1, endColumn: 16 }],
      onbuild: true,
    },
    {
      name: "yum clean without all",
      code: "RUN yum install -y mariadb-10.4 && yum clean packages",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16 }],
    },
  ],
});
