import { testRule } from "../../lint/rule-tester.js";
import rule from "./secret-file-copied.js";

testRule(rule, {
  valid: [
    "FROM node:20\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/",
    "FROM node:20\nCOPY .env.example .env.sample /app/",
    "FROM alpine\nCOPY id_rsa.pub /root/.ssh/authorized_keys",
    "FROM alpine\nCOPY certs/ca.pem certs/fullchain.pem /etc/ssl/certs/",
    "FROM debian:12\nCOPY nodesource.gpg.key /etc/apt/keyrings/",
    "FROM alpine\nCOPY environment.ts keyboard.js /app/",
    "FROM alpine\nCOPY <<EOF /app/.env\nMODE=prod\nEOF",
    "FROM alpine\nARG FILE\nCOPY $FILE /app/",
    "# syntax=docker/dockerfile:1\nFROM node:20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
  ],
  invalid: [
    {
      code: "FROM node:20\nWORKDIR /app\nCOPY .npmrc package.json ./\nRUN npm ci && rm .npmrc\n",
      errors: [
        {
          messageId: "image",
          message:
            ".npmrc looks like a credentials file: COPY puts it in a layer of the image, where deleting it later does not remove it; use RUN --mount=type=secret instead",
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: "several secret files in one COPY",
      code: "FROM alpine\nCOPY .env config/.env.production ./id_ed25519 tls/server.key /app/\n",
      errors: [
        { message: /^\.env looks like an environment file/, line: 2, column: 6, endLine: 2, endColumn: 10 },
        {
          message: /^config\/\.env\.production looks like an environment file/,
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 33,
        },
        { message: /looks like a credentials file/, line: 2, column: 34, endLine: 2, endColumn: 46 },
        {
          message: /^tls\/server\.key looks like a private key/,
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 61,
        },
      ],
    },
    {
      name: "credentials paths, key stores, secrets files, globs",
      code: 'FROM alpine\nCOPY home/.aws/credentials .docker/config.json /root/\nADD ["keystore.p12", "secrets.yaml", "/etc/app/"]\nCOPY .env* *.pem /app/\n',
      errors: [
        { message: /credentials file/, line: 2, column: 6, endLine: 2, endColumn: 27 },
        { message: /credentials file/, line: 2, column: 28, endLine: 2, endColumn: 47 },
        {
          message: /^keystore\.p12 looks like a key store: ADD/,
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 20,
        },
        {
          message: /^secrets\.yaml looks like a secrets file/,
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 36,
        },
        { message: /environment file/, line: 4, column: 6, endLine: 4, endColumn: 11 },
        { message: /private key/, line: 4, column: 12, endLine: 4, endColumn: 17 },
      ],
    },
    {
      name: "expanded from an ARG",
      code: "FROM alpine\nARG KEY=deploy.pem\nCOPY ${KEY} /keys/\n",
      errors: [
        { message: /^deploy\.pem looks like a private key/, line: 3, column: 6, endLine: 3, endColumn: 12 },
      ],
    },
    {
      name: "builder stage: the secret stays out of the final image",
      code: "FROM node:20 AS build\nCOPY .npmrc ./\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\n",
      errors: [
        {
          messageId: "stage",
          message: /layer of this build stage/,
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 12,
        },
      ],
    },
    {
      name: "copied from another stage into the image, and in ONBUILD",
      code: "FROM alpine AS keys\nRUN ssh-keygen -f /id_rsa\nFROM alpine\nCOPY --from=keys /id_rsa /root/.ssh/\nONBUILD COPY .netrc /root/\n",
      errors: [
        { messageId: "image", line: 4, column: 18, endLine: 4, endColumn: 25 },
        { messageId: "image", line: 5, column: 14, endLine: 5, endColumn: 20 },
      ],
    },
  ],
});
