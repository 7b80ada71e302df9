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
    "RUN dnf in -y mariadb-10.4 && dnf clean all",
    "RUN dnf in -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/libdnf5",
    "RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/libdnf5",
    ...["dnf install", "dnf in", "microdnf install"].flatMap((install) => [
      `RUN --mount=type=cache,target=/var/cache/libdnf5 ${install} -y mariadb-10.4`,
      `RUN --mount=type=tmpfs,target=/var/cache/libdnf5 ${install} -y mariadb-10.4`,
    ]),
    ...["install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"].map(
      (sub) => `RUN dnf -y ${sub} && dnf clean all`,
    ),
    "ONBUILD RUN dnf install -y mariadb-10.4 && dnf clean all",
    "ONBUILD RUN microdnf install -y mariadb-10.4 && microdnf clean all",
    "ONBUILD RUN notdnf install mariadb",
    "ONBUILD RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "ONBUILD RUN dnf in -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "ONBUILD RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*",
    "ONBUILD RUN --mount=type=cache,target=/var/cache/libdnf5 dnf in -y mariadb-10.4",
    "ONBUILD RUN --mount=type=tmpfs,target=/var/cache/libdnf5 microdnf install -y mariadb-10.4",
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
    {
      code: "RUN dnf in -y mariadb-10.4",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 11 }],
      onbuild: true,
    },
    {
      name: "microdnf clean before dnf install",
      code: "RUN microdnf clean all && dnf install -y mariadb-10.4",
      errors: [{ line: 1, column: 27, endLine: 1, endColumn: 38 }],
    },
    {
      code: "RUN microdnf clean all && dnf in -y mariadb-10.4",
      errors: [{ line: 1, column: 27, endLine: 1, endColumn: 33 }],
    },
    {
      name: "rm before install",
      code: "RUN rm -rf /var/cache/libdnf5 && dnf install -y mariadb-10.4",
      errors: [{ line: 1, column: 34, endLine: 1, endColumn: 45 }],
      onbuild: true,
    },
    {
      code: "RUN rm -rf /var/cache/libdnf5 && dnf in -y mariadb-10.4",
      errors: [{ line: 1, column: 34, endLine: 1, endColumn: 40 }],
      onbuild: true,
    },
    {
      code: "RUN rm -rf /var/cache/libdnf5 && microdnf install -y mariadb-10.4",
      errors: [{ line: 1, column: 34, endLine: 1, endColumn: 50 }],
      onbuild: true,
    },
    ...[
      ["install", 19],
      ["in", 14],
      ["upgrade", 19],
      ["up", 14],
      ["upgrade-minimal", 27],
      ["up-min", 18],
      ["reinstall", 21],
      ["rei", 15],
    ].map(([sub, end]) => ({
      name: `dnf ${sub}`,
      code: `RUN dnf -y ${sub}`,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: end as number }],
      onbuild: true,
    })),
  ],
});
