import { testRule } from "../../lint/rule-tester.js";
import rule from "./yum-unpinned-version.js";

testRule(rule, {
  valid: [
    "RUN yum install -y tomcat-9.2 && yum clean all",
    "RUN bash -c `# not even a yum command`",
    "RUN yum install -y openssl-1:1.1.1k",
    "RUN yum install -y rpm-sign-4.16.1.3",
    "RUN yum install -y gcc-c++-1.1.1",
    "RUN yum module install -y tomcat:9 && yum clean all",
    'RUN yum install -y "git-core-${GIT_VER}" && yum clean all',
    'RUN yum install -y "which-${WHICH_VERSION}" && yum clean all',
    'RUN yum install -y "rpm-sign-${VERSION}" && yum clean all',
    "RUN yum install -y tomcat-$VERSION && yum clean all",
    "RUN yum install -y /tmp/tomcat.rpm",
    "ONBUILD RUN yum install -y tomcat-9.2 && yum clean all",
    "ONBUILD RUN bash -c `# not even a yum command`",
    "ONBUILD RUN yum install -y openssl-1:1.1.1k",
    "ONBUILD RUN yum install -y rpm-sign-4.16.1.3",
    "ONBUILD RUN yum install -y gcc-c++-1.1.1",
    "ONBUILD RUN yum module install -y tomcat:9 && yum clean all",
    'ONBUILD RUN yum install -y "git-core-${GIT_VER}" && yum clean all',
  ],
  invalid: [
    {
      code: "RUN yum install -y tomcat && yum clean all",
      errors: [{ messageId: "unpinned", line: 1, column: 20, endLine: 1, endColumn: 26 }],
      onbuild: true,
    },
    {
      code: "RUN yum module install -y tomcat && yum clean all",
      errors: [{ messageId: "module", line: 1, column: 27, endLine: 1, endColumn: 33 }],
      onbuild: true,
    },
  ],
});
