import { testRule } from "../../lint/rule-tester.js";
import rule from "./cross-compile-platform.js";

const GOOD_GO = `FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]`;

testRule(rule, {
  valid: [
    GOOD_GO,
    {
      name: "build tools installed for the builder (go install pkg@version, cargo install crate)",
      code: `FROM --platform=$BUILDPLATFORM golang:1.22 AS tools
RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.0 && go install golang.org/x/vuln/cmd/govulncheck@latest
FROM tools AS gen
RUN protoc --go_out=. api.proto
FROM --platform=$BUILDPLATFORM rust:1.80 AS chef
RUN cargo install cargo-chef --locked
FROM chef AS plan
RUN cargo chef prepare
FROM alpine
COPY --from=gen /src/api.pb.go /api.pb.go
COPY --from=plan /recipe.json /recipe.json
`,
    },
    // the final stage may use TARGETARCH to download the right binary: it must run on the target
    "FROM alpine:3.20\nARG TARGETARCH\nRUN wget -O /usr/local/bin/tool https://example.com/tool-${TARGETARCH}",
    // a base stage with BUILDPLATFORM, the cross-compile in a stage built on it
    `FROM --platform=\${BUILDPLATFORM} golang:1.22 AS base
WORKDIR /src
FROM base AS build
ARG TARGETARCH
ENV GOARCH=$TARGETARCH
RUN go build -o /out/app .
FROM scratch
COPY --from=build /out/app /app`,
    // xx: TARGETPLATFORM declared, read by the xx-* tools
    `FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app`,
    // platform-independent output, only copied: fine on the build platform
    `FROM --platform=$BUILDPLATFORM node:20 AS web
RUN npm ci && npm run build
FROM nginx:1.27
COPY --from=web /app/dist /usr/share/nginx/html`,
    // an explicit platform is a deliberate choice
    `FROM --platform=linux/amd64 golang:1.22 AS build
ARG TARGETARCH
RUN GOARCH=$TARGETARCH go build -o /app .
FROM alpine
COPY --from=build /app /app`,
    // a lint stage nobody uses may run on the build platform; an unused cross stage is not reported
    `FROM --platform=$BUILDPLATFORM golangci/golangci-lint AS lint
RUN make lint
FROM golang:1.22 AS unused
ARG TARGETARCH
RUN GOARCH=$TARGETARCH go build .
FROM alpine
RUN echo ok`,
    // compilers that name their own target, and a package called clang on a continuation line
    `FROM --platform=$BUILDPLATFORM rust:1.80 AS build
RUN apt-get update && apt-get install -y \\
    clang
RUN cargo build --target wasm32-wasi --release
FROM scratch
COPY --from=build /src/app.wasm /app.wasm`,
    `FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN GOOS=js GOARCH=wasm go build -o /app.wasm .
FROM scratch
COPY --from=build /app.wasm /app.wasm`,
    `FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ENV GOOS=linux GOARCH=arm64
RUN go build -o /app .
FROM scratch
COPY --from=build /app /app`,
    // TARGETARCH referenced but not declared in the stage: empty in RUN, not a cross-compile
    "FROM golang AS build\nRUN GOARCH=$TARGETARCH go build -o /app .\nFROM alpine\nCOPY --from=build /app /app",
  ],
  invalid: [
    {
      code: `FROM golang:1.22 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
`,
      errors: [
        {
          messageId: "emulated",
          message:
            "Stage build cross-compiles with $TARGETOS but runs on the target platform: on other architectures its RUN steps are emulated (slow); add --platform=$BUILDPLATFORM to this FROM",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
        },
      ],
      output: `FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /app
`,
    },
    {
      name: "cargo --target in a heredoc, reported at the base stage's FROM",
      code: `FROM rust:1.80 AS chef
WORKDIR /src
FROM chef AS build
ARG TARGETARCH
RUN <<EOT
cargo build --release --target "\${TARGETARCH}-unknown-linux-musl"
EOT
FROM scratch
COPY --from=build /src/target /app
`,
      errors: [
        {
          messageId: "emulated",
          message: /^Stage build cross-compiles with \$TARGETARCH/,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
        },
      ],
      output: `FROM --platform=$BUILDPLATFORM rust:1.80 AS chef
WORKDIR /src
FROM chef AS build
ARG TARGETARCH
RUN <<EOT
cargo build --release --target "\${TARGETARCH}-unknown-linux-musl"
EOT
FROM scratch
COPY --from=build /src/target /app
`,
    },
    {
      name: "BUILDPLATFORM on the final stage",
      code: "FROM golang AS build\nRUN go build -o /app .\nFROM --platform=$BUILDPLATFORM alpine:3.20\nCOPY --from=build /app /app\n",
      errors: [
        {
          messageId: "runtime",
          message:
            "--platform=$BUILDPLATFORM on a stage of the image that runs (stage #1): the image gets the builder's architecture instead of the target's; remove it",
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 31,
        },
      ],
      output: "FROM golang AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n",
    },
    {
      name: "BUILDPLATFORM on a base of the final stage, and on another target's runtime stage",
      code: `FROM --platform=\${BUILDPLATFORM} debian:12 AS base
RUN apt-get update
FROM base AS app
CMD ["app"]
FROM --platform=$BUILDOS/amd64 alpine AS debug
ENTRYPOINT ["sh"]
FROM alpine AS last
`,
      analyze: { target: "app" },
      errors: [
        { messageId: "runtime", message: /\(stage app\)/, line: 1, column: 6, endLine: 1, endColumn: 33 },
        {
          messageId: "runtime",
          message: /^--platform=\$BUILDOS\/amd64 .*\(stage debug\)/,
          line: 5,
          column: 6,
          endLine: 5,
          endColumn: 31,
        },
      ],
      output: `FROM debian:12 AS base
RUN apt-get update
FROM base AS app
CMD ["app"]
FROM alpine AS debug
ENTRYPOINT ["sh"]
FROM alpine AS last
`,
    },
    {
      name: "compiles on the build platform without any TARGET argument",
      code: `FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
RUN CGO_ENABLED=0 go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
`,
      errors: [
        {
          messageId: "native",
          message:
            "Stage build runs on the build platform but compiles (go build) without TARGETOS/TARGETARCH: its output is built for the builder's architecture; declare ARG TARGETOS TARGETARCH and pass them to the compiler, or remove --platform",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
    {
      name: "tools installed, the project built by a stage built on them",
      code: `FROM --platform=$BUILDPLATFORM golang:1.22 AS tools
RUN go install golang.org/x/tools/cmd/goimports@v0.20.0
FROM tools AS build
RUN go build -o /out/app . && go install ./cmd/helper
FROM alpine
COPY --from=build /out/app /app
`,
      errors: [
        {
          messageId: "native",
          message: /^Stage build .*\(go build\)/,
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
    {
      name: "cargo install of the project's own crate",
      code: `FROM --platform=$BUILDPLATFORM rust:1.80 AS build
RUN cargo install --path . --root /out
FROM debian:12
COPY --from=build /out/bin/app /app
`,
      errors: [
        {
          messageId: "native",
          message: /^Stage build .*\(cargo install\)/,
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
    {
      name: "make in a stage built on a BUILDPLATFORM base",
      code: `FROM --platform=$BUILDPLATFORM debian:12 AS toolchain
RUN apt-get update && apt-get install -y build-essential
FROM toolchain AS build
RUN ./configure && make
FROM debian:12
COPY --from=build /src/out /usr/local/bin/
`,
      errors: [
        {
          messageId: "native",
          message: /^Stage build .*\(make\)/,
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
  ],
});
