import { testRule } from "../../lint/rule-tester.js";
import rule from "./zypper-cache-not-cleaned.js";

testRule(rule, {
  valid: [
    "RUN zypper install -y mariadb=10.4 && zypper clean",
    "RUN zypper install -y mariadb=10.4 && zypper cc",
    "RUN zypper install -y mariadb=10.4 && rm -rf /var/cache/zypp/*",
    "RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb=10.4",
    "RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb",
    "RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb",
    "ONBUILD RUN zypper install -y mariadb=10.4 && zypper clean",
    "ONBUILD RUN zypper install -y mariadb=10.4 && zypper cc",
    "ONBUILD RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb",
    "ONBUILD RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb",
  ],
  invalid: [
    {
      code: "RUN zypper install -y mariadb=10.4",
      errors: [{ messageId: "notCleaned", line: 1, column: 5, endLine: 1, endColumn: 19 }],
      onbuild: true,
    },
    {
      name: "clean before install",
      code: "RUN zypper clean && zypper in -y mariadb=10.4",
      errors: [{ line: 1, column: 21, endLine: 1, endColumn: 30 }],
    },
  ],
});
