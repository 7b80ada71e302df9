import { testRule } from "../../lint/rule-tester.js";
import rule from "./image-registry-untrusted.js";

const only = (...trustedRegistries: string[]) => ({ trustedRegistries });

testRule(rule, {
  valid: [
    // off without configuration
    "FROM random.com/debian",
    { code: "FROM random.com/debian", settings: only("x.com", "random.com") },
    { code: "FROM scratch", settings: only("x.com", "random.com") },
    {
      name: "all forms of docker.io",
      code: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3",
      settings: only("docker.io"),
    },
    {
      code: "FROM ubuntu:18.04\nFROM index.docker.io/library/ubuntu:18.04",
      settings: only("hub.docker.com"),
    },
    { code: "FROM random.com/foo AS builder1\nFROM builder1 AS builder2", settings: only("random.com") },
    { code: "FROM foo.random.com/debian", settings: only("x.com", "*.random.com") },
    {
      code: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3",
      settings: only("*"),
    },
    { code: "FROM localhost:5000/app:1", settings: only("localhost:5000") },
    // a variable may hold the registry
    { code: "ARG REGISTRY\nFROM ${REGISTRY}/app:1", settings: only("x.com") },
    { code: "ARG IMAGE\nFROM $IMAGE", settings: only("x.com") },
    // undeclared: expands to nothing, an invalid reference
    { code: "FROM ${REGISTRY}/app:1", settings: only("x.com") },
    // the registry is literal, the rest a variable
    { code: "FROM x.com/${APP}:1", settings: only("x.com") },
    { code: "ARG REGISTRY=x.com\nFROM ${REGISTRY}/app:1", settings: only("x.com") },
    { code: "FROM x.com/base:1\nCOPY --from=x.com/tools:1 /bin/t /bin/", settings: only("x.com") },
  ],
  invalid: [
    {
      code: "FROM random.com/debian",
      settings: only("docker.io"),
      errors: [
        {
          messageId: "untrusted",
          message: "Use only an allowed registry in the FROM image: `random.com` is not trusted",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 16,
        },
      ],
    },
    {
      code: "FROM x.com/debian",
      settings: only("*.random.com"),
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 11 }],
    },
    {
      name: "Docker Hub image without a registry: points at the image",
      code: "FROM debian:12\nRUN true\n",
      settings: only("x.com"),
      errors: [{ message: /`docker.io` is not trusted/, line: 1, column: 6, endLine: 1, endColumn: 15 }],
      onbuild: true,
    },
    {
      name: "a known variable",
      code: "ARG REGISTRY=evil.io\nFROM ${REGISTRY}/app:1\n",
      settings: only("x.com"),
      errors: [{ message: /`evil.io`/, line: 2, column: 6, endLine: 2, endColumn: 23 }],
    },
    {
      name: "COPY --from an image",
      code: "FROM x.com/base:1\nCOPY --from=ghcr.io/org/tool:1 /bin/tool /bin/\n",
      settings: only("x.com"),
      errors: [{ messageId: "untrustedCopy", line: 2, column: 13, endLine: 2, endColumn: 31 }],
    },
  ],
});
