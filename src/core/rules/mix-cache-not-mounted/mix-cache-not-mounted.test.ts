import { testRule } from "../../lint/rule-tester.js";
import rule from "./mix-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3076 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.hex mix deps.get"),
    ...both("RUN --mount=type=cache,target=/root/.mix mix deps.get"),
    ...both("RUN --mount=type=tmpfs,target=/root/.hex mix deps.get"),
    // shipshape
    {
      name: "ENV HEX_HOME",
      code: "FROM elixir:1.17\nENV HEX_HOME=/hex\nRUN --mount=type=cache,target=/hex mix deps.get",
    },
    "FROM elixir:1.17\nRUN mix local.hex --force",
  ],
  invalid: [
    // hadolint DL3076 spec
    {
      code: "RUN mix deps.get",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 17 }],
      onbuild: true,
    },
    { code: "RUN mix compile", errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16 }], onbuild: true },
    {
      code: "RUN --mount=type=cache,target=/wrong/path mix deps.get",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 55 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "after a prefix assignment",
      code: "FROM elixir:1.17\nRUN MIX_ENV=prod mix deps.get --only prod",
      errors: [
        {
          message:
            "`mix deps.get` runs without a BuildKit cache mount on Hex's cache: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.hex`",
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 30,
        },
      ],
    },
  ],
});
