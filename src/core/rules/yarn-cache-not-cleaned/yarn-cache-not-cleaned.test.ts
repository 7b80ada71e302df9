import { testRule } from "../../lint/rule-tester.js";
import rule from "./yarn-cache-not-cleaned.js";

testRule(rule, {
  valid: [
    "FROM node\nRUN foo",
    "FROM node\nONBUILD RUN foo",
    "FROM node\nRUN yarn install bar && yarn cache clean",
    "FROM node\nONBUILD RUN yarn install bar && yarn cache clean",
    "FROM node:lts-alpine AS foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!",
    "FROM node:lts-alpine AS foo\nRUN yarn install foo\nFROM scratch\nRUN hey!",
    "FROM node\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install",
    "FROM node\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn",
    "FROM node\nRUN yarn build",
    // hadolint's cases as written
    "RUN foo",
    "ONBUILD RUN foo",
    "RUN yarn install bar && yarn cache clean",
    "ONBUILD RUN yarn install bar && yarn cache clean",
    "RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar",
    "RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install foobar",
    "ONBUILD RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar",
    "ONBUILD RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install foobar",
    "FROM node:lts-alpine as foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!\n",
    "FROM node:lts-alpine as foo\nONBUILD RUN yarn install && yarn cache clean\nFROM foo\nONBUILD RUN hey!\n",
  ],
  invalid: [
    {
      code: "RUN yarn install foo",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 17 }],
      onbuild: true,
    },
    {
      name: "clean before install",
      code: "RUN yarn cache clean && yarn install foo",
      errors: [{ line: 1, column: 25, endLine: 1, endColumn: 37 }],
    },
    {
      name: "cache mount in the wrong place",
      code: "RUN --mount=type=cache,target=/var/lib/foobar yarn install foobar",
      errors: [{ line: 1, column: 47, endLine: 1, endColumn: 59 }],
      onbuild: true,
    },
    {
      name: "tmpfs mount in the wrong place",
      code: "RUN --mount=type=tmpfs,target=/var/lib/foobar yarn install foobar",
      errors: [{ line: 1, column: 47, endLine: 1, endColumn: 59 }],
      onbuild: true,
    },
    {
      code: "FROM node\nRUN yarn install foo",
      errors: [{ messageId: "cacheClean", line: 2, column: 5, endLine: 2, endColumn: 17 }],
      onbuild: true,
    },
    {
      code: "FROM node:lts-alpine AS foo\nRUN hey!\nFROM scratch\nRUN yarn install",
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 17 }],
      onbuild: true,
    },
    {
      code: "FROM node:lts-alpine AS foo\nRUN yarn install\nFROM foo\nRUN hey!",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 17 }],
      onbuild: true,
    },
    {
      name: "ONBUILD in an unused stage",
      code: "FROM node:lts-alpine AS foo\nONBUILD RUN yarn install foo\nFROM scratch\nRUN hey!",
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 25 }],
    },
    {
      code: "FROM node\nRUN yarn global add serve",
      errors: [{ message: /`yarn add`/, line: 2, column: 5, endLine: 2, endColumn: 20 }],
    },
  ],
});
