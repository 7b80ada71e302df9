import { testRule } from "../../lint/rule-tester.js";
import rule from "./zypper-unpinned-version.js";

testRule(rule, {
  valid: [
    "RUN zypper install -y tomcat=9.0.39 && zypper clean",
    "RUN zypper install -y tomcat\\>=9.0 && zypper clean",
    "RUN zypper install -y tomcat\\>9.0 && zypper clean",
    "RUN zypper install -y tomcat\\<=9.0 && zypper clean",
    "RUN zypper install -y tomcat\\<9.0 && zypper clean",
    "RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean",
    "ONBUILD RUN zypper install -y tomcat=9.0.39 && zypper clean",
    "ONBUILD RUN zypper install -y tomcat\\>=9.0 && zypper clean",
    "ONBUILD RUN zypper install -y tomcat\\>9.0 && zypper clean",
    "ONBUILD RUN zypper install -y tomcat\\<=9.0 && zypper clean",
    "ONBUILD RUN zypper install -y tomcat\\<9.0 && zypper clean",
    "ONBUILD RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean",
  ],
  invalid: [
    {
      code: "RUN zypper install -y tomcat && zypper clean",
      errors: [{ messageId: "unpinned", line: 1, column: 23, endLine: 1, endColumn: 29 }],
      onbuild: true,
    },
  ],
});
