import { testRule } from "../../lint/rule-tester.js";
import rule from "./pnpm-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3075 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install"),
    ...both("RUN --mount=type=tmpfs,target=/root/.local/share/pnpm/store pnpm install"),
    // shipshape
    {
      name: "pnpm's Docker guide",
      code: 'FROM node:20-slim\nENV PNPM_HOME="/pnpm"\nRUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --prod --frozen-lockfile',
    },
    {
      name: "--store-dir",
      code: "FROM node:20\nRUN --mount=type=cache,target=/s pnpm install --store-dir /s",
    },
    { name: "--offline", code: "FROM node:20\nRUN pnpm install --offline" },
    "FROM node:20\nRUN pnpm run build",
  ],
  invalid: [
    // hadolint DL3075 spec
    {
      code: "RUN pnpm install",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 17 }],
      onbuild: true,
    },
    {
      code: "RUN pnpm add lodash",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 13 }],
      onbuild: true,
    },
    {
      code: "RUN --mount=type=cache,target=/wrong/path pnpm install",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 55 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "an alias",
      code: "FROM node:20\nRUN pnpm i --frozen-lockfile",
      errors: [
        {
          message:
            "`pnpm i` runs without a BuildKit cache mount on pnpm's store: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.local/share/pnpm/store`",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
        },
      ],
    },
  ],
});
