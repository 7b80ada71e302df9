import { testRule } from "../../lint/rule-tester.js";
import rule from "./buildkit-syntax-without-directive.js";

testRule(rule, {
  valid: [
    "FROM alpine\nRUN echo hi\nCOPY --chown=1000 a /b\nCOPY --from=build /x /y",
    "# syntax=docker/dockerfile:1\nFROM alpine\nRUN --mount=type=cache,target=/root/.cache pip install x",
    "# syntax=docker/dockerfile:1.7-labs\nFROM alpine\nCOPY --parents --exclude=*.md . /src/",
    "#syntax=docker.io/docker/dockerfile-upstream:master\nFROM alpine\nRUN <<EOF\necho hi\nEOF",
    // a flag other instructions do not take is not BuildKit syntax here
    "FROM --platform=linux/amd64 alpine\nHEALTHCHECK --interval=5s CMD true",
  ],
  invalid: [
    {
      code: "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n",
      errors: [
        {
          messageId: "missing",
          message:
            "RUN --mount needs BuildKit's Dockerfile frontend: add `# syntax=docker/dockerfile:1` as the first line so every builder uses a frontend that supports it",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 45,
        },
      ],
      output:
        "# syntax=docker/dockerfile:1\nFROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n",
    },
    {
      name: "reported once, at the first construct",
      code: "FROM alpine\nCOPY --chown=1 --link a /b\nRUN <<EOF\necho hi\nEOF\nADD --checksum=sha256:abc https://x/y /z\n",
      errors: [{ message: /^COPY --link needs/, line: 2, column: 16, endLine: 2, endColumn: 22 }],
      output:
        "# syntax=docker/dockerfile:1\nFROM alpine\nCOPY --chown=1 --link a /b\nRUN <<EOF\necho hi\nEOF\nADD --checksum=sha256:abc https://x/y /z\n",
    },
    {
      name: "heredoc",
      code: "FROM alpine\nCOPY <<EOF /etc/motd\nhello\nEOF\n",
      errors: [{ message: /^A heredoc in COPY needs/, line: 2, column: 6, endLine: 2, endColumn: 11 }],
      output: "# syntax=docker/dockerfile:1\nFROM alpine\nCOPY <<EOF /etc/motd\nhello\nEOF\n",
    },
    {
      name: "other directives and comments stay",
      code: "# escape=`\n# check=skip=JSONArgsRecommended\n# a comment\nFROM alpine\nADD --keep-git-dir=true https://github.com/a/b.git /src\n",
      errors: [{ message: /^ADD --keep-git-dir needs/, line: 5, column: 5, endLine: 5, endColumn: 24 }],
      output:
        "# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=JSONArgsRecommended\n# a comment\nFROM alpine\nADD --keep-git-dir=true https://github.com/a/b.git /src\n",
    },
    {
      name: "CRLF and BOM",
      code: "\uFEFFFROM alpine\r\nCOPY --chmod=755 run.sh /usr/local/bin/\r\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 17 }],
      output:
        "\uFEFF# syntax=docker/dockerfile:1\r\nFROM alpine\r\nCOPY --chmod=755 run.sh /usr/local/bin/\r\n",
    },
    {
      name: "ONBUILD RUN --network",
      code: "FROM alpine\nONBUILD RUN --network=none make\n",
      errors: [{ message: /^RUN --network needs/, line: 2, column: 13, endLine: 2, endColumn: 27 }],
      output: "# syntax=docker/dockerfile:1\nFROM alpine\nONBUILD RUN --network=none make\n",
    },
    {
      name: "a syntax line after a comment is not a directive",
      code: "# Dockerfile\n# syntax=docker/dockerfile:1\nFROM alpine\nCOPY --exclude=*.md . /src/\n",
      errors: [{ message: /^COPY --exclude needs/, line: 4, column: 6, endLine: 4, endColumn: 20 }],
      output:
        "# syntax=docker/dockerfile:1\n# Dockerfile\n# syntax=docker/dockerfile:1\nFROM alpine\nCOPY --exclude=*.md . /src/\n",
    },
  ],
});
