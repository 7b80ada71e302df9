import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-get-dist-upgrade.js";

testRule(rule, {
  valid: [
    "RUN apt-get update && apt-get upgrade -y",
    "RUN apt-get install -y dist-upgrade",
    "RUN echo apt-get dist-upgrade",
    "RUN zypper dist-upgrade",
    // exec form is not analysed as shell, as in the other package rules (and in Trivy)
    "FROM debian\nRUN apt-get update && apt-get -y install --no-install-recommends curl\n",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'RUN ["apt-get", "dist-upgrade"]',
      errors: [{ messageId: "distUpgrade", line: 1, column: 18, endLine: 1, endColumn: 30 }],
    },
    {
      code: "RUN apt-get update && apt-get dist-upgrade -y",
      errors: [
        {
          messageId: "distUpgrade",
          message:
            "Do not use `apt-get dist-upgrade` in a Dockerfile: use a newer base image, or upgrade the packages you need",
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 43,
        },
      ],
      onbuild: true,
    },
    {
      name: "options before the subcommand (Trivy's short- and long-flag cases)",
      code: "RUN apt-get -q dist-upgrade && apt-get --quiet dist-upgrade",
      errors: [
        { line: 1, column: 16, endLine: 1, endColumn: 28 },
        { line: 1, column: 48, endLine: 1, endColumn: 60 },
      ],
      onbuild: true,
    },
    {
      name: "apt's full-upgrade, on a continuation line",
      code: "FROM debian\nRUN apt-get update \\\n && apt full-upgrade -y\n",
      errors: [
        {
          message:
            "Do not use `apt full-upgrade` in a Dockerfile: use a newer base image, or upgrade the packages you need",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 21,
        },
      ],
      onbuild: true,
    },
    {
      name: "alone (Trivy's expression misses it)",
      code: "RUN apt-get dist-upgrade",
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 25 }],
      onbuild: true,
    },
    {
      name: "behind sudo",
      code: "RUN sudo apt-get -y dist-upgrade",
      errors: [{ line: 1, column: 21, endLine: 1, endColumn: 33 }],
    },
  ],
});
