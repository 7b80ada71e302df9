import { testRule } from "../../lint/rule-tester.js";
import rule from "./cargo-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3069 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.cargo cargo build"),
    ...both(
      "RUN --mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git cargo build",
    ),
    ...both("RUN --mount=type=tmpfs,target=/root/.cargo cargo build"),
    // shipshape
    {
      name: "the rust images' CARGO_HOME",
      code: "FROM rust:1.80\nRUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release",
    },
    {
      name: "the registry alone",
      code: "FROM rust:1.80\nRUN --mount=type=cache,target=/root/.cargo/registry cargo build",
    },
    {
      name: "ENV CARGO_HOME",
      code: "FROM rust:1.80\nENV CARGO_HOME=/opt/cargo\nRUN --mount=type=cache,target=/opt/cargo/registry cargo build",
    },
    { name: "--offline", code: "FROM rust:1.80\nRUN cargo build --offline" },
    { name: "--frozen", code: "FROM rust:1.80\nRUN cargo build --frozen --release" },
    "FROM rust:1.80\nRUN cargo --version",
    "FROM rust:1.80\nRUN cargo chef prepare --recipe-path recipe.json",
  ],
  invalid: [
    // hadolint DL3069 spec
    {
      code: "RUN cargo build",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 16 }],
      onbuild: true,
    },
    {
      code: "RUN cargo install ripgrep",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 18 }],
      onbuild: true,
    },
    {
      code: "RUN --mount=type=cache,target=/wrong/path cargo build",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 54 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "a toolchain override",
      code: "FROM rust:1.80\nRUN cargo +nightly build",
      errors: [{ message: /^`cargo build` runs without/, line: 2, column: 5, endLine: 2, endColumn: 25 }],
    },
    {
      name: "a cache on target/ caches build output, not the registry",
      code: "FROM rust:1.80\nRUN --mount=type=cache,target=/app/target cargo build",
      errors: [
        { message: /target=\/root\/\.cargo\/registry`/, line: 2, column: 43, endLine: 2, endColumn: 54 },
      ],
    },
    {
      name: "ENV CARGO_HOME is suggested",
      code: "FROM rust:1.80\nENV CARGO_HOME=/opt/cargo\nRUN cargo fetch",
      errors: [{ message: /target=\/opt\/cargo\/registry`/, line: 3, column: 5, endLine: 3, endColumn: 16 }],
    },
  ],
});
