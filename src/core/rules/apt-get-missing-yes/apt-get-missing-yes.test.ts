import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-get-missing-yes.js";

testRule(rule, {
  valid: [
    "RUN apt-get install -yq python",
    "RUN apt-get install -qq python",
    "RUN apt-get install -y python",
    "RUN apt-get -y install python",
    "RUN apt-get --yes install python",
    "RUN apt-get --assume-yes install python",
    "RUN apt-get -o APT::Get::Assume-Yes=true install python",
    "RUN apt-get update",
    "RUN apt install python",
    // hadolint DL3014Spec: quiet level 2 implies assume-yes
    "RUN apt-get install -q -q python",
    "RUN apt-get install -q=2 python",
    "RUN apt-get install --quiet --quiet python",
    "RUN apt-get --quiet=2 install python",
    "ONBUILD RUN apt-get install -yq python",
    "ONBUILD RUN apt-get install -y python",
    "ONBUILD RUN apt-get -y install python",
    "ONBUILD RUN apt-get --yes install python",
    "ONBUILD RUN apt-get --assume-yes install python",
    "ONBUILD RUN apt-get install -qq python",
    "ONBUILD RUN apt-get install -q -q python",
    "ONBUILD RUN apt-get install -q=2 python",
    "ONBUILD RUN apt-get install --quiet --quiet python",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'RUN ["apt-get", "install", "python"]',
      errors: [{ messageId: "missingYes", line: 1, column: 7, endLine: 1, endColumn: 25 }],
    },
    {
      code: "RUN apt-get install python",
      errors: [{ messageId: "missingYes", line: 1, column: 5, endLine: 1, endColumn: 20 }],
      output: "RUN apt-get install -y python",
      onbuild: true,
    },
    {
      code: "RUN apt-get install -q python",
      errors: [{ messageId: "missingYes", line: 1, column: 5, endLine: 1, endColumn: 20 }],
      output: "RUN apt-get install -y -q python",
      onbuild: true,
    },
    {
      code: "RUN apt-get install --quiet python",
      errors: [{ messageId: "missingYes", line: 1, column: 5, endLine: 1, endColumn: 20 }],
      output: "RUN apt-get install -y --quiet python",
      onbuild: true,
    },
    {
      name: "-q=1 is one level",
      code: "RUN apt-get install -q=1 python",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 20 }],
      output: "RUN apt-get install -y -q=1 python",
    },
    {
      name: "-q alone does not answer the prompt",
      code: "RUN apt-get update && apt-get -q install --no-install-recommends curl",
      errors: [{ line: 1, column: 23, endLine: 1, endColumn: 41 }],
      output: "RUN apt-get update && apt-get -q install -y --no-install-recommends curl",
    },
    {
      code: "RUN apt-get update \\\n && sudo apt-get purge curl",
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 23 }],
      output: "RUN apt-get update \\\n && sudo apt-get purge -y curl",
    },
  ],
});
