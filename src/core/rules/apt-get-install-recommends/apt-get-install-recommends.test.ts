import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-get-install-recommends.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "ONBUILD RUN apt-get install --no-install-recommends python",
    "ONBUILD RUN apt-get -o APT::Install-Recommends=false install python",
    "RUN apt-get install --no-install-recommends python",
    "RUN apt-get -o APT::Install-Recommends=false install python",
    "RUN apt-get install -y --option APT::Install-Recommends=0 python",
    "RUN apt-get update && apt-get remove python",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'RUN ["apt-get", "install", "python"]',
      errors: [{ messageId: "recommends", line: 1, column: 7, endLine: 1, endColumn: 25 }],
    },
    {
      code: "RUN apt-get install python",
      errors: [{ messageId: "recommends", line: 1, column: 5, endLine: 1, endColumn: 20 }],
      output: "RUN apt-get install --no-install-recommends python",
      onbuild: true,
    },
    {
      code: "RUN apt-get -y install python",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 23 }],
      output: "RUN apt-get -y install --no-install-recommends python",
      onbuild: true,
    },
  ],
});
