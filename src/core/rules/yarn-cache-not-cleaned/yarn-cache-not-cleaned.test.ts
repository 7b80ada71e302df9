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
  ],
  invalid: [
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
