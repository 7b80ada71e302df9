import { testRule } from "../../lint/rule-tester.js";
import rule from "./cache-cleaned-in-later-layer.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
    "FROM debian\nRUN rm -rf /var/lib/apt/lists/*",
    "FROM alpine\nRUN apk add curl\nFROM alpine\nRUN rm -rf /var/cache/apk/*",
  ],
  invalid: [
    {
      code: "FROM debian\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "later", line: 3, column: 5, endLine: 3, endColumn: 32 }],
    },
    {
      code: "FROM fedora\nRUN dnf install -y httpd\nRUN dnf clean all",
      errors: [{ message: /removes the yum cache/, line: 3, column: 5, endLine: 3, endColumn: 18 }],
    },
    {
      code: "FROM node\nRUN npm install -g pnpm\nRUN npm cache clean --force",
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 28 }],
    },
  ],
});
