import { testRule } from "../../lint/rule-tester.js";
import rule from "./update-without-install.js";

testRule(rule, {
  valid: [
    "RUN apt-get update && apt-get install -y curl",
    "RUN apk update && apk add curl",
    "RUN apt-get update && apt-get upgrade -y",
    "RUN zypper refresh && zypper in -y vim",
    "RUN dnf makecache && dnf install -y vim",
    "RUN apt-get install -y curl",
    "RUN yum update -y && yum clean all",
    "RUN yum -y update && yum -y install java-11-openjdk",
    "RUN zypper up -y && zypper install -y curl",
    // upgrading named packages is not a full upgrade
    "RUN yum update -y openssl",
  ],
  invalid: [
    {
      code: "FROM ubuntu\nRUN apt-get update\nRUN apt-get install -y curl\n",
      errors: [{ messageId: "alone", line: 2, column: 5, endLine: 2, endColumn: 19 }],
      onbuild: true,
    },
    {
      name: "install before update",
      code: "RUN apk add curl && apk update",
      errors: [{ message: /^`apk update`/, line: 1, column: 21, endLine: 1, endColumn: 31 }],
    },
    {
      name: "install with another manager",
      code: "RUN apt-get update && pip install flask",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 19 }],
    },
    {
      name: "a full upgrade with yum/dnf/zypper also refreshes the metadata cache (Trivy DS-0017)",
      code: "FROM fedora\nRUN dnf update -y\nRUN zypper up -y\n",
      errors: [
        { message: /^`dnf update`/, line: 2, column: 5, endLine: 2, endColumn: 15 },
        { message: /^`zypper up`/, line: 3, column: 5, endLine: 3, endColumn: 14 },
      ],
    },
  ],
});
