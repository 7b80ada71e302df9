import { testRule } from "../../lint/rule-tester.js";
import rule from "./dnf-cache-not-cleaned.js";

testRule(rule, {
  valid: [
    "RUN dnf install -y mariadb-10.4 && dnf clean all",
    "RUN microdnf install -y mariadb-10.4 && microdnf clean all",
    "RUN notdnf install mariadb",
    "RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4",
    "RUN --mount=type=cache,target=/root/.cache/libdnf5 dnf install -y mariadb-10.4",
  ],
  invalid: [
    {
      code: "RUN dnf install -y mariadb-10.4",
      errors: [
        {
          messageId: "notCleaned",
          message: /^`dnf clean all`/,
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 16,
        },
      ],
      onbuild: true,
    },
    {
      code: "RUN microdnf install -y mariadb-10.4",
      errors: [{ message: /^`microdnf clean all`/, line: 1, column: 5, endLine: 1, endColumn: 21 }],
      onbuild: true,
    },
    {
      name: "microdnf clean does not clean after dnf",
      code: "RUN dnf install -y mariadb-10.4 && microdnf clean all",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16 }],
      onbuild: true,
    },
    {
      name: "clean before install",
      code: "RUN dnf clean all && dnf install -y mariadb-10.4",
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 33 }],
    },
  ],
});
