import { testRule } from "../../lint/rule-tester.js";
import rule from "./sudo-in-run.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "RUN apt-get install sudo",
    "ONBUILD RUN apt-get install sudo",
    "FROM debian\nRUN apt-get install -y sudo",
    "FROM debian\nRUN echo sudo",
    "FROM debian\nRUN gosu nobody id",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'FROM debian\nRUN ["sudo", "id"]',
      errors: [{ messageId: "sudo", line: 2, column: 7, endLine: 2, endColumn: 11 }],
    },
    {
      code: "RUN apt-get update && sudo apt-get install",
      errors: [{ messageId: "sudo", line: 1, column: 23, endLine: 1, endColumn: 27 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN sudo apt-get update",
      errors: [{ messageId: "sudo", line: 2, column: 5, endLine: 2, endColumn: 9 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN apt-get update && sudo -E -u app make install",
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 27 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN env A=1 /usr/bin/sudo id; sudo",
      errors: [
        { line: 2, column: 13, endLine: 2, endColumn: 26 },
        { line: 2, column: 31, endLine: 2, endColumn: 35 },
      ],
    },
  ],
});
