import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-lists-not-deleted.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nONBUILD RUN hey!\n",
    "FROM scratch\nONBUILD RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n",
    "ONBUILD RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python",
    "ONBUILD RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python",
    "ONBUILD RUN rm -f /etc/apt/apt.conf.d/docker-clean\nONBUILD RUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n",
    "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN hey!\n",
    {
      name: "not cleaned in a stage that is not used later",
      code: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n",
    },
    "FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!\n",
    "FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n",
    "FROM scratch\nRUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists\n",
    "RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python",
    "RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install python",
    "RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python",
    "RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'FROM debian\nRUN ["apt-get", "update"]',
      errors: [{ messageId: "notDeleted", line: 2, column: 7, endLine: 2, endColumn: 24 }],
    },
    {
      name: "two updates in one RUN (a second repository added): one finding, at the first",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n && echo deb http://x y z > /etc/apt/sources.list.d/x.list \\\n && apt-get update && apt-get install -y x\n",
      errors: [{ messageId: "notDeleted", line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      name: "ONBUILD in a stage not used later (2)",
      code: "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\nONBUILD RUN hey!\n",
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 27 }],
    },
    {
      code: "FROM scratch\nRUN apt-get update && apt-get install python\n",
      errors: [{ messageId: "notDeleted", line: 2, column: 5, endLine: 2, endColumn: 19 }],
      onbuild: true,
    },
    {
      name: "no cleanup in last stage",
      code: "FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python\n",
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 19 }],
      onbuild: true,
    },
    {
      name: "no cleanup in a stage used as a base",
      code: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 19 }],
      onbuild: true,
    },
    {
      name: "ONBUILD in a stage not used later",
      code: "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n",
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 27 }],
    },
    {
      name: "cache mount on the apt cache only",
      code: "RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python\n",
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 19 }],
      onbuild: true,
    },
    {
      name: "cache mount on /var/lib/apt only",
      code: "RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python\n",
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 19 }],
      onbuild: true,
    },
    {
      name: "apt update too",
      code: "FROM debian\nRUN sudo apt -q update && apt install -y curl\n",
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 23 }],
    },
  ],
});
