import { testRule } from "../../lint/rule-tester.js";
import rule from "./cache-cleaned-in-later-layer.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
    "FROM debian\nRUN rm -rf /var/lib/apt/lists/*",
    "FROM alpine\nRUN apk add curl\nFROM alpine\nRUN rm -rf /var/cache/apk/*",
    {
      name: "the earlier RUN kept its cache in a cache mount, not in its layer",
      code: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y git\nRUN dnf clean all",
    },
    {
      name: "apt with both the archive cache and the lists mounted",
      code: "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\nRUN apt-get clean && rm -rf /var/lib/apt/lists/*",
    },
    {
      name: "the earlier RUN already cleaned the cache it filled (docker-library ghost)",
      code: "FROM node:20-alpine\nRUN npm install -g ghost-cli && npm cache clean --force\nRUN ghost install 5.0.0 && npm cache clean --force",
    },
    {
      name: "dnf module and config-manager fill the metadata cache in this same RUN",
      code: "FROM fedora:40\nRUN dnf install -y git && dnf clean all\nRUN dnf config-manager --set-enabled crb && dnf -y module enable nodejs:20 && dnf clean all",
    },
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
      name: "apt-get clean in the earlier RUN left the lists there",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "later", line: 3, column: 5, endLine: 3, endColumn: 32 }],
    },
    {
      name: "only the archive cache was mounted: the apt lists stayed in the layer",
      code: "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "later", line: 3, column: 5, endLine: 3, endColumn: 32 }],
    },
    {
      code: "FROM node\nRUN npm install -g pnpm\nRUN npm cache clean --force",
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 28 }],
    },
  ],
});
