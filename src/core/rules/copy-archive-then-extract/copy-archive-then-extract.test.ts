import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-archive-then-extract.js";

testRule(rule, {
  valid: [
    "FROM alpine\nADD app.tar.gz /opt/",
    "FROM alpine\nCOPY app.tar.gz /opt/\nRUN ls /opt",
    "FROM alpine\nCOPY app.txt /opt/\nRUN tar -xf /opt/other.tar",
    "FROM alpine\nCOPY app.tar /opt/\nRUN tar -cf /opt/app.tar /src",
  ],
  invalid: [
    {
      code: "FROM alpine\nCOPY app.tar.gz /opt/\nRUN tar -xzf /opt/app.tar.gz -C /opt",
      errors: [{ messageId: "extract", line: 2, column: 6, endLine: 2, endColumn: 16 }],
    },
    {
      code: "FROM debian\nCOPY dist/bundle.tgz /tmp/\nRUN cd /tmp && tar xf bundle.tgz && rm bundle.tgz",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 21 }],
    },
  ],
});
