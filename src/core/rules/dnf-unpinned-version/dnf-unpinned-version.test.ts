import { testRule } from "../../lint/rule-tester.js";
import rule from "./dnf-unpinned-version.js";

testRule(rule, {
  valid: [
    "RUN dnf install -y tomcat-9.0.1 && dnf clean all",
    "RUN microdnf install -y tomcat-9.0.1 && microdnf clean all",
    "RUN notdnf install openssl-1:1.1.1k",
    "RUN notdnf install tomcat",
    "RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all",
    "RUN microdnf install -y rpm-sign-4.16.1.3 && microdnf clean all",
    "RUN dnf install -y gcc-c++-1.1.1",
    "RUN microdnf install -y gcc-c++-1.1.1",
    "RUN dnf install -y openssl-1:1.1.1k",
    "RUN microdnf install -y openssl-1:1.1.1k",
    "RUN dnf module install -y tomcat:9 && dnf clean all",
    "RUN microdnf module install -y tomcat:9 && microdnf clean all",
    "RUN notdnf module install tomcat",
    'RUN dnf install -y "git-core-${GIT_VER}" && dnf clean all',
    'RUN dnf install -y "rpm-sign-${VERSION}" && dnf clean all',
    "RUN dnf install -y tomcat-$VERSION && dnf clean all",
    'RUN microdnf install -y "git-core-${GIT_VER}" && microdnf clean all',
    "ONBUILD RUN dnf install -y tomcat-9.0.1 && dnf clean all",
    "ONBUILD RUN microdnf install -y tomcat-9.0.1 && microdnf clean all",
    "ONBUILD RUN notdnf install openssl-1:1.1.1k",
    "ONBUILD RUN notdnf install tomcat",
    "ONBUILD RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all",
    "ONBUILD RUN microdnf install -y rpm-sign-4.16.1.3 && microdnf clean all",
    "ONBUILD RUN dnf install -y gcc-c++-1.1.1",
    "ONBUILD RUN microdnf install -y gcc-c++-1.1.1",
    "ONBUILD RUN dnf install -y openssl-1:1.1.1k",
    "ONBUILD RUN microdnf install -y openssl-1:1.1.1k",
    "ONBUILD RUN dnf module install -y tomcat:9 && dnf clean all",
    "ONBUILD RUN microdnf module install -y tomcat:9 && microdnf clean all",
    "ONBUILD RUN notdnf module install tomcat",
    'ONBUILD RUN dnf install -y "git-core-${GIT_VER}" && dnf clean all',
  ],
  invalid: [
    {
      code: "RUN dnf install -y tomcat && dnf clean all",
      errors: [{ messageId: "unpinned", line: 1, column: 20, endLine: 1, endColumn: 26 }],
      onbuild: true,
    },
    {
      code: "RUN microdnf install -y tomcat && microdnf clean all",
      errors: [{ line: 1, column: 25, endLine: 1, endColumn: 31 }],
    },
    {
      code: "RUN dnf install -y rpm-sign && dnf clean all",
      errors: [{ line: 1, column: 20, endLine: 1, endColumn: 28 }],
      onbuild: true,
    },
    {
      code: "RUN microdnf install -y rpm-sign && microdnf clean all",
      errors: [{ line: 1, column: 25, endLine: 1, endColumn: 33 }],
    },
    {
      code: "RUN dnf module install -y tomcat && dnf clean all",
      errors: [{ messageId: "module", line: 1, column: 27, endLine: 1, endColumn: 33 }],
      onbuild: true,
    },
    {
      code: "RUN microdnf module install -y tomcat && microdnf clean all",
      errors: [{ messageId: "module", line: 1, column: 32, endLine: 1, endColumn: 38 }],
    },
  ],
});
