import { testRule } from "../../lint/rule-tester.js";
import rule from "./npm-cache-not-mounted.js";

testRule(rule, {
  valid: [
    // hadolint DL3068 spec
    "RUN echo hello",
    "ONBUILD RUN echo hello",
    "RUN --mount=type=cache,target=/root/.npm npm install",
    "ONBUILD RUN --mount=type=cache,target=/root/.npm npm install",
    "RUN --mount=type=tmpfs,target=/root/.npm npm install",
    "ONBUILD RUN --mount=type=tmpfs,target=/root/.npm npm install",
    "RUN --mount=type=cache,target=/home/node/.npm npm install",
    "ONBUILD RUN --mount=type=cache,target=/home/node/.npm npm install",
    // shipshape
    {
      name: "inside the cache dir",
      code: "FROM node:20\nRUN --mount=type=cache,target=/root/.npm/_cacache npm ci",
    },
    {
      name: "ENV npm_config_cache",
      code: "FROM node:20\nENV npm_config_cache=/cache/npm\nRUN --mount=type=cache,target=/cache/npm npm ci",
    },
    {
      name: "target from a variable",
      code: "FROM node:20\nARG HOME_DIR=/root\nRUN --mount=type=cache,target=${HOME_DIR}/.npm npm ci",
    },
    {
      name: "--cache flag",
      code: "FROM node:20\nRUN --mount=type=cache,target=/tmp/npm npm ci --cache /tmp/npm",
    },
    { name: "--offline downloads nothing", code: "FROM node:20\nRUN npm ci --offline" },
    "FROM node:20\nRUN npm run build",
    "FROM node:20\nRUN npm cache clean --force",
    "FROM node:20\nRUN npx install",
    {
      name: "a stage the build does not need",
      code: "FROM node:20 AS unused\nRUN npm ci\nFROM node:20\nRUN echo hi",
    },
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv
      code: 'FROM node:20\nRUN ["npm", "ci"]',
      errors: [{ messageId: "missing", line: 2, column: 7, endLine: 2, endColumn: 16 }],
    },
    // hadolint DL3068 spec
    {
      code: "RUN npm install",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 16 }],
      onbuild: true,
    },
    { code: "RUN npm ci", errors: [{ line: 1, column: 5, endLine: 1, endColumn: 11 }], onbuild: true },
    {
      code: "RUN --mount=type=cache,target=/wrong/path npm install",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 54 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "message names the command and the target",
      code: "FROM node:20\nRUN npm i -g serve",
      errors: [
        {
          message:
            "`npm i` runs without a BuildKit cache mount on npm's cache: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.npm`",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 10,
        },
      ],
    },
    {
      name: "non-root user: the target is under its home (BuildKit does not expand ~ in a mount target)",
      code: "FROM node:20\nUSER node\nRUN npm ci",
      errors: [{ message: /target=\/home\/node\/\.npm`$/, line: 3, column: 5, endLine: 3, endColumn: 11 }],
    },
    {
      name: "a HOME set in the Dockerfile is used",
      code: "FROM node:20\nENV HOME=/app/\nUSER node\nRUN npm ci",
      errors: [{ message: /target=\/app\/\.npm`$/, line: 4, column: 5, endLine: 4, endColumn: 11 }],
    },
    {
      name: "a bare uid: its home is not known",
      code: "FROM node:20\nUSER 1000\nRUN npm ci",
      errors: [
        { message: /target=<home of user 1000>\/\.npm`$/, line: 3, column: 5, endLine: 3, endColumn: 11 },
      ],
    },
    {
      name: "the configured cache is suggested",
      code: "FROM node:20\nENV npm_config_cache=/cache/npm\nRUN npm ci",
      errors: [{ message: /target=\/cache\/npm`$/, line: 3, column: 5, endLine: 3, endColumn: 11 }],
    },
    {
      name: "one finding per RUN, on the first command; cleaning the cache does not make rebuilds faster",
      code: "FROM node:20\nRUN npm ci && npm install -g serve && npm cache clean --force",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 11 }],
    },
    {
      name: "after flags with values and through sudo",
      code: "FROM node:20\nRUN sudo npm --prefix /app ci",
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 30 }],
    },
    {
      name: "a bind mount is not a cache",
      code: "FROM node:20\nRUN --mount=type=bind,target=/root/.npm npm ci",
      errors: [{ line: 2, column: 41, endLine: 2, endColumn: 47 }],
    },
  ],
});
