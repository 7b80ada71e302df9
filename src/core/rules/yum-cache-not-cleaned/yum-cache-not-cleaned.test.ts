import { testRule } from "../../lint/rule-tester.js";
import rule from "./yum-cache-not-cleaned.js";

testRule(rule, {
  valid: [
    "RUN yum install -y mariadb-10.4 && yum clean all",
    "RUN bash -c `# not even a yum command`",
    "RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum",
    "RUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4",
    "RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "RUN yum install -y bash && yum clean all",
    "RUN rm -rf /foo/bar && yum install -y bash && rm -rf /var/cache/yum/*",
    "ONBUILD RUN yum install -y mariadb-10.4 && yum clean all",
    "ONBUILD RUN bash -c `# not even a yum command`",
    "ONBUILD RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "ONBUILD RUN rm -rf /foo/bar && yum install -y bash && rm -rf /var/cache/yum/*",
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
    {
      name: "clean before install",
      code: "RUN yum clean all && yum install -y",
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 33 }],
    },
    ...["yum clean", "yum clean cache", "rm -rf /var/lib/apt/lists/*", "rm -rf /var/cache/libdnf5"].map(
      (cleanup) => ({
        name: `not a yum cleanup: ${cleanup}`,
        code: `RUN yum install -y bash && ${cleanup}`,
        errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16 }],
        onbuild: true,
      }),
    ),
  ],
});
