import { testRule } from "../../lint/rule-tester.js";
import rule from "./add-url-without-checksum.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";

testRule(rule, {
  valid: [
    "FROM alpine\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /tmp/",
    "FROM alpine\nADD app.tar.gz /opt/",
    "FROM alpine\nCOPY https-proxy.conf /etc/",
    `FROM alpine\nADD https://github.com/moby/buildkit.git#${SHA} /src`,
    `FROM alpine\nADD https://github.com/moby/buildkit.git#${SHA}:docs /docs`,
    `FROM alpine\nADD git@github.com:moby/buildkit.git#${SHA} /src`,
    `FROM alpine\nADD --checksum=${SHA} https://github.com/moby/buildkit.git#v0.15.0 /src`,
    `FROM alpine\nADD https://github.com/moby/buildkit.git?ref=v0.15.0&checksum=${SHA} /src`,
    // unknown variable: cannot tell
    "FROM alpine\nARG URL\nADD $URL /tmp/",
    "FROM alpine\nADD <<EOF /etc/motd\nhttps://example.com\nEOF",
  ],
  invalid: [
    {
      code: "FROM alpine\nADD https://example.com/tool.tgz /tmp/\n",
      errors: [
        {
          messageId: "url",
          message:
            "ADD downloads https://example.com/tool.tgz without --checksum: the build trusts whatever the server sends; add --checksum=sha256:<digest>",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 33,
        },
      ],
    },
    {
      name: "two URLs, one local file",
      code: "FROM alpine\nADD http://a.example/x local.txt https://b.example/y /dst/\n",
      errors: [
        { messageId: "url", line: 2, column: 5, endLine: 2, endColumn: 23 },
        { messageId: "url", line: 2, column: 34, endLine: 2, endColumn: 53 },
      ],
    },
    {
      name: "URL from an ARG",
      code: "FROM alpine\nARG VERSION=1.2.3\nADD https://example.com/tool-${VERSION}.tgz /tmp/\n",
      errors: [
        { messageId: "url", message: /tool-1\.2\.3\.tgz/, line: 3, column: 5, endLine: 3, endColumn: 44 },
      ],
    },
    {
      name: "exec form",
      code: 'FROM alpine\nADD ["https://example.com/a b.tgz", "/tmp/"]\n',
      errors: [{ messageId: "url", line: 2, column: 6, endLine: 2, endColumn: 35 }],
    },
    {
      name: "git branch",
      code: "FROM alpine\nADD https://github.com/moby/buildkit.git#master /src\n",
      errors: [{ messageId: "git", line: 2, column: 5, endLine: 2, endColumn: 48 }],
    },
    {
      name: "git tag, scp-like and keep-git-dir",
      code: "FROM alpine\nADD --keep-git-dir=true git@github.com:moby/buildkit.git#v0.15.0 /src\n",
      errors: [{ messageId: "git", line: 2, column: 25, endLine: 2, endColumn: 65 }],
    },
    {
      name: "git without ref, in a builder stage and in ONBUILD",
      code: "FROM alpine AS src\nADD git://example.com/repo /src\nONBUILD ADD ssh://git@example.com/repo.git /src\nFROM alpine\n",
      errors: [
        { messageId: "git", line: 2, column: 5, endLine: 2, endColumn: 27 },
        { messageId: "git", line: 3, column: 13, endLine: 3, endColumn: 43 },
      ],
    },
    {
      name: "short hash is not a pin",
      code: "FROM alpine\nADD https://github.com/moby/buildkit.git#0123456 /src\n",
      errors: [{ messageId: "git", line: 2, column: 5, endLine: 2, endColumn: 49 }],
    },
  ],
});
