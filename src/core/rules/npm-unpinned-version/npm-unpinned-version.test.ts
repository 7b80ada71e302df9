import { testRule } from "../../lint/rule-tester.js";
import rule from "./npm-unpinned-version.js";

testRule(rule, {
  valid: [
    "RUN npm install",
    "RUN npm ci",
    "RUN npm install express@4.1.1",
    "RUN npm install @angular/cli@17.0.0",
    "RUN npm install ./local-package",
    "RUN npm install git+https://github.com/org/repo.git#v1.0.0",
    "RUN npm install $PKG",
  ],
  invalid: [
    {
      code: "RUN npm install express",
      errors: [{ messageId: "unpinned", line: 1, column: 17, endLine: 1, endColumn: 24 }],
      onbuild: true,
    },
    { code: "RUN npm i -g @angular/cli", errors: [{ line: 1, column: 14, endLine: 1, endColumn: 26 }] },
    { code: "RUN npm install express@", errors: [{ line: 1, column: 17, endLine: 1, endColumn: 25 }] },
  ],
});
