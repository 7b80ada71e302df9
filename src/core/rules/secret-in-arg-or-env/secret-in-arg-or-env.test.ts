import { describe, expect, it } from "vitest";
import { testRule } from "../../lint/rule-tester.js";
import rule, { buildkitSecretName, hadolintSecretName } from "./secret-in-arg-or-env.js";

testRule(rule, {
  valid: [
    {
      name: "BuildKit's allow list (public, file, version), as under --preset buildkit",
      code: "\nFROM scratch\nENV PUBLIC_KEY=\nARG public_token\nARG SECRET_PASSPHRASE_FILE\nENV password_file=bar secret_File=baz\nARG AUTH_MODULE_VERSION\n",
      options: { match: "buildkit" },
    },

    "FROM debian:bullseye\nRUN foobar\n",
    "ARG foobar\nFROM debian:bullseye\nRUN foobar\n",
    "FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar\n",
    "FROM scratch\nENV sunflower=foo PUBLIC_KEY=x AUTH_MODULE_VERSION=1\n",
    {
      code: "FROM scratch\nENV SESSION_SECRET_FILE=/run/s TOKENIZERS_PARALLELISM=false KEYBOARD=us\n",
      options: { match: "buildkit" },
    },
    { code: "FROM scratch\nENV docker_username=x PRIVATE_REGISTRY=r\n", options: { match: "buildkit" } },
    { code: "FROM scratch\nARG GIT_KEY\n", options: { match: "hadolint" } },
    {
      name: "tally MetaARGWithSecret: BuildKit does not check a global ARG",
      code: "ARG AUTH_TOKEN=secretvalue\nFROM alpine\n",
      options: { match: "buildkit" },
    },
  ],
  invalid: [
    {
      name: "BuildKit: a global ARG redeclared in a stage is checked there",
      code: "ARG AUTH_TOKEN=secretvalue\nFROM alpine\nARG AUTH_TOKEN\n",
      options: { match: "buildkit" },
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 15 }],
    },
    {
      code: "ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar\n",
      errors: [
        {
          messageId: "secret",
          message: /\(ARG "AWS_ACCESS_KEY_ID"\)/,
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 22,
        },
      ],
    },
    {
      code: "ARG openai_api_key\nFROM debian:bullseye\nRUN foobar\n",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 19 }],
    },
    {
      code: "FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n",
      errors: [{ message: /\(ENV "AWS_ACCESS_KEY_ID"\)/, line: 2, column: 5, endLine: 2, endColumn: 22 }],
    },
    {
      code: "FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 16 }],
    },
    {
      name: "BuildKit's integration test",
      code: "\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\n",
      options: { match: "buildkit" },
      errors: [
        { message: /ARG "SECRET_PASSPHRASE"/, line: 3, column: 5, endLine: 3, endColumn: 22 },
        { message: /ENV "SUPER_Secret"/, line: 4, column: 5, endLine: 4, endColumn: 17 },
        { message: /ENV "password"/, line: 5, column: 5, endLine: 5, endColumn: 13 },
        { message: /ENV "secret"/, line: 5, column: 18, endLine: 5, endColumn: 24 },
        { message: /ARG "super_duper_secret_token"/, line: 6, column: 5, endLine: 6, endColumn: 29 },
        { message: /ARG "auth"/, line: 6, column: 34, endLine: 6, endColumn: 38 },
        { message: /ENV "apikey"/, line: 7, column: 5, endLine: 7, endColumn: 11 },
        { message: /ENV "git_key"/, line: 8, column: 5, endLine: 8, endColumn: 12 },
      ],
    },
    {
      name: "BuildKit's docs example",
      code: "FROM scratch\nARG AWS_SECRET_ACCESS_KEY\n",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 26 }],
    },
    {
      name: "legacy ENV form, ONBUILD, later stage",
      code: "FROM alpine AS a\nENV DB_PASSWORD hunter2\nFROM a\nONBUILD ARG NPM_TOKEN\nARG BUILD_PSW\n",
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 16 },
        { line: 4, column: 13, endLine: 4, endColumn: 22 },
        { line: 5, column: 5, endLine: 5, endColumn: 14 },
      ],
    },
  ],
});

describe("name rules", () => {
  it("BuildKit: any _-delimited word, with the allow list", () => {
    expect(buildkitSecretName("AWS_SECRET_ACCESS_KEY")).toBe(true);
    expect(buildkitSecretName("my_key_name")).toBe(true);
    expect(buildkitSecretName("KEYS")).toBe(false);
    expect(buildkitSecretName("PUBLIC_KEY")).toBe(false);
    expect(buildkitSecretName("SECRET_FILE")).toBe(false);
  });
  it("hadolint: known names and substrings", () => {
    expect(hadolintSecretName("docker_username")).toBe(true);
    expect(hadolintSecretName("MYTOKENS")).toBe(true);
    expect(hadolintSecretName("FACEBOOK_APP_ID")).toBe(true);
    expect(hadolintSecretName("GIT_KEY")).toBe(false);
  });
});
