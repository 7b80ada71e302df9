import { testRule } from "../../lint/rule-tester.js";
import rule from "./pointless-command-in-run.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "RUN apt-get install ssh",
    "ONBUILD RUN apt-get install ssh",
    "FROM debian\nRUN apt-get install -y openssh-client",
    "FROM debian\nRUN echo ssh",
    "FROM debian\nCMD service nginx start",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'FROM debian\nRUN ["service", "x", "start"]',
      errors: [{ messageId: "pointless", line: 2, column: 7, endLine: 2, endColumn: 14 }],
    },
    {
      code: "FROM debian\nRUN top",
      errors: [{ messageId: "pointless", line: 2, column: 5, endLine: 2, endColumn: 8 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN sudo service ssh start",
      errors: [{ message: /`service`/, line: 2, column: 10, endLine: 2, endColumn: 17 }],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN apt-get update && /usr/bin/vim /etc/hosts; kill -9 1",
      errors: [
        { line: 2, column: 23, endLine: 2, endColumn: 35 },
        { line: 2, column: 48, endLine: 2, endColumn: 52 },
      ],
    },
    {
      name: "the command is named as written (an init script is not the ssh client)",
      code: "FROM debian\nRUN /etc/init.d/ssh start",
      errors: [
        { message: /^`\/etc\/init\.d\/ssh` makes no sense/, line: 2, column: 5, endLine: 2, endColumn: 20 },
      ],
    },
    {
      code: "FROM debian\nRUN ps aux | grep x && free -m && mount /dev/sda && ifconfig && shutdown -h now",
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 7 },
        { line: 2, column: 24, endLine: 2, endColumn: 28 },
        { line: 2, column: 35, endLine: 2, endColumn: 40 },
        { line: 2, column: 53, endLine: 2, endColumn: 61 },
        { line: 2, column: 65, endLine: 2, endColumn: 73 },
      ],
    },
  ],
});
