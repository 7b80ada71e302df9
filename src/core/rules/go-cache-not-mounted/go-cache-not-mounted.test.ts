import { testRule } from "../../lint/rule-tester.js";
import rule from "./go-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    {
      name: "a Windows image: no Linux cache directory to mount (golang windowsservercore, kics)",
      code: "FROM golang:1.16.0-windowsservercore-1809 AS build\nRUN go mod download -x\n",
    },
    {
      name: "a PowerShell SHELL: a Windows image under another name",
      code: 'FROM example.com/win-go:1.0\nSHELL ["powershell", "-Command"]\nRUN go build -o app.exe .\n',
    },
    // hadolint DL3070 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.cache/go-build go build ./..."),
    ...both("RUN --mount=type=cache,target=/go/pkg/mod go build ./..."),
    ...both("RUN --mount=type=tmpfs,target=/root/.cache/go-build go build ./..."),
    // shipshape
    {
      name: "ENV GOMODCACHE",
      code: "FROM golang:1.23\nENV GOMODCACHE=/gomod\nRUN --mount=type=cache,target=/gomod go mod download",
    },
    {
      name: "GOCACHE on the command",
      code: "FROM golang:1.23\nRUN --mount=type=cache,target=/tmp/gc GOCACHE=/tmp/gc go build ./...",
    },
    {
      name: "target from GOPATH",
      code: "FROM golang:1.23\nENV GOPATH=/go\nRUN --mount=type=cache,target=${GOPATH}/pkg/mod go build",
    },
    "FROM golang:1.23\nRUN go version",
    "FROM golang:1.23\nRUN go mod init example.com/x",
    "FROM golang:1.23\nRUN go env GOPATH",
  ],
  invalid: [
    // hadolint DL3070 spec
    {
      code: "RUN go build ./...",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 13 }],
      onbuild: true,
    },
    {
      code: "RUN go get github.com/foo/bar",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 11 }],
      onbuild: true,
    },
    {
      code: "RUN go mod download",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 20 }],
      onbuild: true,
    },
    {
      code: "RUN --mount=type=cache,target=/wrong/path go build ./...",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 51 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "after a prefix assignment; one finding per RUN",
      code: "FROM golang:1.23\nRUN go mod download && CGO_ENABLED=0 go build -o /app .",
      errors: [
        {
          message:
            "`go mod download` runs without a BuildKit cache mount on Go's caches: compiled packages and downloaded modules are written into the layer and rebuilt or fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.cache/go-build` for the build cache and `--mount=type=cache,target=/go/pkg/mod` (`$GOMODCACHE`) for modules",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 20,
        },
      ],
    },
    {
      name: "a prefix assignment",
      code: "FROM golang:1.23\nRUN CGO_ENABLED=0 go build",
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 27 }],
    },
    {
      name: "non-root user",
      code: "FROM golang:1.23\nUSER 1000\nRUN go test ./...",
      errors: [
        {
          message: /target=<home of user 1000>\/\.cache\/go-build`/,
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
  ],
});
