import { testRule } from "../../lint/rule-tester.js";
import rule from "./go-install-unpinned-version.js";

const pinned = [
  "RUN go install example.com/pkg@v1.2.3",
  "RUN go install /go/app/foobar",
  "RUN go install ./app/foobar",
  "RUN go install .",
  "RUN go install tool foobar@v1.2.3",
  "RUN go get example.com/pkg@v1.2.3",
  "RUN go get -tool foobar@v1.2.3",
  "RUN go run example.com/pkg@v1.2.3",
  "RUN go run example.com/pkg@v1.2.3 -f",
  "RUN go run example.com/pkg@v1.2.3 -foobar",
  "RUN go run example.com/pkg@v1.2.3 --foobar",
  "RUN go run example.com/pkg@v1.2.3 foobar",
  "RUN go run example.com/pkg@v1.2.3 --foo bar",
  "RUN go run /go/app/foobar",
  "RUN go run ./app/foobar",
  "RUN go run .",
];

/** hadolint's unpinned cases: [code, first column of the package word] */
const unpinned: [string, number][] = [
  ["RUN go install example.com/pkg", 16],
  ["RUN go install example.com/pkg@latest", 16],
  ["RUN go install tool foobar", 21],
  ["RUN go install tool foobar@latest", 21],
  ["RUN go get example.com/pkg", 12],
  ["RUN go get example.com/pkg@latest", 12],
  ["RUN go get -tool foobar", 18],
  ["RUN go get -tool foobar@latest", 18],
  ["RUN go run example.com/pkg", 12],
  ["RUN go run example.com/pkg@latest", 12],
];

testRule(rule, {
  valid: [
    ...pinned,
    ...pinned.map((c) => `ONBUILD ${c}`),
    "RUN go build ./...",
    "RUN go install ./cmd/app",
    "RUN go run main.go",
    "RUN go run -race ./cmd/app --port 8080",
    "RUN go mod download",
  ],
  invalid: [
    ...unpinned.map(([code, column]) => ({
      code,
      errors: [
        {
          messageId: code.endsWith("@latest") ? "latest" : "unpinned",
          line: 1,
          column,
          endLine: 1,
          endColumn: code.length + 1,
        },
      ],
      onbuild: true,
    })),
    {
      name: "@latest: the message names it, not the bare package",
      code: "RUN go install golang.org/x/vuln/cmd/govulncheck@latest",
      errors: [
        {
          message:
            "Pin versions in go install: `@latest` is not a pin; instead of `go install golang.org/x/vuln/cmd/govulncheck@latest` use `go install golang.org/x/vuln/cmd/govulncheck@<version>`",
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 56,
        },
      ],
    },
    {
      name: "go run flags before the package; the program's arguments are not packages",
      code: "RUN go run -race example.com/pkg --port 8080",
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 33 }],
    },
  ],
});
