import { testRule } from "../../lint/rule-tester.js";
import rule from "./pipe-without-pipefail.js";

testRule(rule, {
  valid: [
    "FROM scratch AS build\nRUN wget -O - https://some.site && wc -l file > /number",
    'FROM scratch AS build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
    'FROM scratch AS build\nSHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
    'FROM scratch AS build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
    'FROM scratch AS build\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
    'FROM scratch AS build\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
    'FROM scratch AS build\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
    'FROM alpine\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l',
    'FROM scratch AS build\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value',
    'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "powershell.exe" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value',
    'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "cmd.exe", "/c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value',
    { name: "set -o pipefail in the RUN", code: "FROM debian\nRUN set -o pipefail && wget -O - x | wc -l" },
    {
      name: "inherited SHELL",
      code: 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM a\nRUN wget -O - x | wc -l',
    },
    {
      name: "exec form with set -o pipefail in its script",
      code: 'FROM debian\nRUN ["bash", "-c", "set -o pipefail; a | b"]',
    },
    {
      name: "pipe in the script string of bash -c (a child shell SHELL does not reach; hadolint does not see it)",
      code: "FROM debian\nRUN /bin/bash -c 'echo \"$(<f.sha256)  /usr/local/bin/kubectl\" | sha256sum -c -'",
    },
  ],
  invalid: [
    {
      name: "exec form: its sh runs without pipefail, whatever SHELL says (no SHELL fix offered)",
      code: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN ["sh", "-c", "a | b"]',
      errors: [{ messageId: "pipefail", line: 3, column: 21, endLine: 3, endColumn: 22 }],
    },
    {
      name: "a brace group piped: the `|` after the group, not the group's first command",
      code: "FROM debian\nRUN { echo a; echo b; } | tee f",
      errors: [{ line: 2, column: 25, endLine: 2, endColumn: 26 }],
      output: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN { echo a; echo b; } | tee f',
      fixSafety: "suggestion",
    },
    {
      name: "a brace group with its own pipe, piped",
      code: "FROM debian\nRUN { a; x | y; b; } | c",
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 23 }],
      output: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN { a; x | y; b; } | c',
      fixSafety: "suggestion",
    },
    {
      name: "the RUN's own pipe after a bash -c with one inside",
      code: "FROM debian\nRUN bash -c 'a | b' | c",
      errors: [{ line: 2, column: 21, endLine: 2, endColumn: 22 }],
      output: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN bash -c \'a | b\' | c',
      fixSafety: "suggestion",
    },
    {
      code: "FROM scratch\nRUN wget -O - https://some.site | wc -l > /number",
      errors: [{ messageId: "pipefail", line: 2, column: 33, endLine: 2, endColumn: 34 }],
      output:
        'FROM scratch\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l > /number',
      fixSafety: "suggestion",
      onbuild: true,
    },
    {
      name: "plain sh with -o pipefail",
      code: 'FROM scratch AS build\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
      errors: [{ line: 3, column: 33, endLine: 3, endColumn: 34 }],
      output:
        'FROM scratch AS build\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number',
      fixSafety: "suggestion",
    },
    {
      name: "next image (hadolint's case)",
      code: 'FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\nFROM scratch as build2\nRUN wget -O - https://some.site | wc -l file > /number\n',
      errors: [{ line: 5, column: 33, endLine: 5, endColumn: 34 }],
      output:
        'FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\nFROM scratch as build2\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
      fixSafety: "suggestion",
    },
    {
      name: "next SHELL without pipefail (hadolint's case)",
      code: 'FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\nSHELL ["/bin/sh", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
      errors: [{ line: 5, column: 33, endLine: 5, endColumn: 34 }],
      output:
        'FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\nSHELL ["/bin/sh", "-c"]\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
      fixSafety: "suggestion",
    },
    {
      name: "next image",
      code: 'FROM scratch AS build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM scratch AS build2\nRUN a | b\nRUN c |& d',
      errors: [
        { line: 5, column: 7, endLine: 5, endColumn: 8 },
        { line: 6, column: 7, endLine: 6, endColumn: 9 },
      ],
      output:
        'FROM scratch AS build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM scratch AS build2\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nRUN c |& d',
      fixSafety: "suggestion",
    },
    {
      name: "next SHELL without pipefail",
      code: 'FROM scratch\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nSHELL ["/bin/sh", "-c"]\nRUN a | b',
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 8 }],
      output:
        'FROM scratch\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nSHELL ["/bin/sh", "-c"]\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b',
      fixSafety: "suggestion",
    },
  ],
});
