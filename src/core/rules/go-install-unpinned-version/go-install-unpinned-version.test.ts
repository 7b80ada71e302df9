import { testRule } from "../../lint/rule-tester.js";
import rule from "./go-install-unpinned-version.js";

testRule(rule, {
  valid: ["RUN go install example.com/pkg@v1.2.3", "RUN go build ./...", "RUN go install ./cmd/app"],
  invalid: [
    {
      code: "RUN go install example.com/pkg",
      errors: [{ messageId: "unpinned", line: 1, column: 16, endLine: 1, endColumn: 31 }],
      onbuild: true,
    },
    {
      code: "RUN go install example.com/pkg@latest",
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 38 }],
      onbuild: true,
    },
  ],
});
