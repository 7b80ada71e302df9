import { testRule } from "../../lint/rule-tester.js";
import rule from "./zypper-dist-upgrade.js";

testRule(rule, {
  valid: ["RUN zypper update -y", "RUN zypper install -y dup"],
  invalid: [
    {
      code: "RUN zypper dist-upgrade",
      errors: [{ messageId: "distUpgrade", line: 1, column: 12, endLine: 1, endColumn: 24 }],
      onbuild: true,
    },
    {
      code: "RUN zypper dup",
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 15 }],
      onbuild: true,
    },
  ],
});
