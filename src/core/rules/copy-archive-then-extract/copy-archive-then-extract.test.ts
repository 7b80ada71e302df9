import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-archive-then-extract.js";

testRule(rule, {
  valid: [
    "FROM alpine\nADD app.tar.gz /opt/",
    "FROM alpine\nCOPY app.tar.gz /opt/\nRUN ls /opt",
    "FROM alpine\nCOPY app.txt /opt/\nRUN tar -xf /opt/other.tar",
    "FROM alpine\nCOPY app.tar /opt/\nRUN tar -cf /opt/app.tar /src",
    // hadolint DL3010Spec
    "COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\n",
    "COPY package.json /usr/src/app",
    "COPY --from=builder /usr/local/share/some.tar /opt/some.tar",
    "FROM alpine\nCOPY --from=builder /usr/local/share/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar",
    "FROM alpine\nCOPY packaged-app.tar /usr/src/app\nFROM alpine\nRUN tar -xf /usr/src/app/packaged-app.tar",
    "FROM alpine\nCOPY app.tar.gz /opt/\nONBUILD RUN tar -xzf /opt/app.tar.gz",
    // a decompressor given another file; tar without -x
    "FROM alpine\nCOPY data.gz /tmp/\nRUN gunzip /tmp/other.gz",
    "FROM alpine\nCOPY app.lz /tmp/\nRUN tar -tf /tmp/app.lz",
  ],
  invalid: [
    {
      name: "decompressed by gunzip (hadolint's isUnzipCommand; tally TestDL3010Rule_Check)",
      code: "FROM alpine\nCOPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n",
      errors: [{ message: /extracted with gunzip/, line: 2, column: 6, endLine: 2, endColumn: 13 }],
    },
    {
      name: "read by zcat",
      code: "FROM alpine\nCOPY data.gz /tmp/\nRUN zcat /tmp/data.gz > /tmp/data\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 13 }],
    },
    {
      name: "hadolint's other extensions: .lzma, .Z",
      code: "FROM alpine\nCOPY a.lzma b.Z /tmp/\nRUN unlzma /tmp/a.lzma && uncompress /tmp/b.Z\n",
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 12 },
        { line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
    },
    {
      code: "FROM alpine\nCOPY app.tar.gz /opt/\nRUN tar -xzf /opt/app.tar.gz -C /opt",
      errors: [{ messageId: "extract", line: 2, column: 6, endLine: 2, endColumn: 16 }],
    },
    {
      code: "FROM debian\nCOPY dist/bundle.tgz /tmp/\nRUN cd /tmp && tar xf bundle.tgz && rm bundle.tgz",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 21 }],
    },
    {
      code: "COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n",
      errors: [{ messageId: "extract", line: 1, column: 6, endLine: 1, endColumn: 22 }],
    },
    {
      code: "COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n",
      errors: [{ messageId: "extract", line: 1, column: 6, endLine: 1, endColumn: 22 }],
    },
    {
      name: "copied under another archive name: the destination's name is extracted",
      code: "COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n",
      errors: [{ messageId: "extract", line: 1, column: 6, endLine: 1, endColumn: 30 }],
    },
    {
      name: "Windows paths",
      code: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"\n',
      errors: [{ messageId: "extract", line: 1, column: 6, endLine: 1, endColumn: 26 }],
    },
    {
      name: "Windows paths, archive renamed",
      code: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n',
      errors: [{ messageId: "extract", line: 1, column: 6, endLine: 1, endColumn: 26 }],
    },
  ],
});
