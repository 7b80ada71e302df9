import { testRule } from "../../lint/rule-tester.js";
import rule from "./add-instead-of-copy.js";

testRule(rule, {
  valid: [
    "ADD file.tar /usr/src/app/",
    "ADD file.gz /usr/src/app/",
    "ADD file.bz2 /usr/src/app/",
    "ADD file.xz /usr/src/app/",
    "ADD file.tgz /usr/src/app/",
    "ADD http://file.com /usr/src/app/",
    'ADD "file.tgz" /usr/src/app/',
    'ADD "http://file.com" /usr/src/app/',
    "ADD https://github.com/moby/buildkit.git#v0.14.0 /src",
    "ADD git@github.com:moby/buildkit.git /src",
    "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.txt /a",
    'ADD ["https://example.com/x.tar.gz", "/opt/"]',
    "FROM alpine:3\nARG URL=https://example.com/tool\nADD $URL /usr/local/bin/tool",
    // the value is unknown: it may be a URL
    "FROM alpine:3\nADD $SOURCE /dst/",
    "FROM alpine:3\nCOPY file /usr/src/app/",
  ],
  invalid: [
    {
      name: "an upper-case scheme is a local path to ADD (hadolint isUrl; tally TestIsURLDL3020)",
      code: "ADD HTTP://EXAMPLE.COM/FILE /app/",
      errors: [{ messageId: "useCopy", line: 1, column: 1, endLine: 1, endColumn: 4 }],
      output: "COPY HTTP://EXAMPLE.COM/FILE /app/",
    },
    {
      code: "ADD file /usr/src/app/",
      errors: [{ messageId: "useCopy", line: 1, column: 1, endLine: 1, endColumn: 4 }],
      output: "COPY file /usr/src/app/",
    },
    {
      name: "zip files are not extracted by ADD",
      code: "ADD file.zip /usr/src/app/",
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 4 }],
      output: "COPY file.zip /usr/src/app/",
    },
    {
      code: 'ADD "file.zip" /usr/src/app/',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 4 }],
      output: 'COPY "file.zip" /usr/src/app/',
    },
    {
      name: "lowercase keyword, COPY-compatible flags, exec form",
      code: 'FROM alpine:3\nadd --chown=app:app --chmod=644 ["a.txt", "b.txt", "/srv/"]\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM alpine:3\ncopy --chown=app:app --chmod=644 ["a.txt", "b.txt", "/srv/"]\n',
    },
    {
      name: "a file mixed with an archive: reported, not fixed (the archive would stop being extracted)",
      code: "FROM alpine:3\nADD app.tar.gz config.yml /srv/\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
    },
    {
      name: "ADD-only flag: no fix",
      code: "FROM alpine:3\nADD --unpack=false file /srv/\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
    },
    {
      name: "a known variable naming a local file",
      code: "FROM alpine:3\nARG CONF=app.conf\nADD ${CONF} /etc/app/\n",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4 }],
      output: "FROM alpine:3\nARG CONF=app.conf\nCOPY ${CONF} /etc/app/\n",
    },
    {
      name: "heredoc source",
      code: "FROM alpine:3\nADD <<EOF /etc/motd\nhello\nEOF\n",
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: "FROM alpine:3\nCOPY <<EOF /etc/motd\nhello\nEOF\n",
    },
    {
      name: "inside ONBUILD",
      code: "FROM alpine:3\nONBUILD ADD . /app/\n",
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12 }],
      output: "FROM alpine:3\nONBUILD COPY . /app/\n",
    },
  ],
});
