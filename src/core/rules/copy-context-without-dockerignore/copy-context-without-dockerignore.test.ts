import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-context-without-dockerignore.js";

const none = { dockerignore: null };

testRule(rule, {
  valid: [
    // unknown: the caller did not look
    "FROM node:20\nCOPY . /app",
    { code: "FROM node:20\nCOPY . /app", buildContext: {} },
    // a .dockerignore exists (even an empty one is a choice)
    { code: "FROM node:20\nCOPY . /app", buildContext: { dockerignore: ".git\nnode_modules\n" } },
    { code: "FROM node:20\nCOPY . /app", buildContext: { dockerignore: "" } },
    { code: "FROM node:20\nCOPY src/ /app/src/\nCOPY package.json ./", buildContext: none },
    { code: "FROM node:20\nCOPY ./.env.example /app/", buildContext: none },
    // --from copies from a stage, not from the context
    {
      code: "FROM node:20 AS build\nWORKDIR /app\nFROM node:20\nCOPY --from=build . /app",
      buildContext: none,
    },
    { code: "FROM alpine\nCOPY <<EOF /etc/x\n.\nEOF", buildContext: none },
    { code: "FROM alpine\nARG SRC\nCOPY $SRC /app", buildContext: none },
  ],
  invalid: [
    {
      code: "FROM node:20\nWORKDIR /app\nCOPY . .\n",
      buildContext: none,
      errors: [
        {
          messageId: "image",
          message:
            "COPY . copies the whole build context into the image and there is no .dockerignore: .git, local secrets and node_modules end up in it, and every change busts the cache; add a .dockerignore",
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 7,
        },
      ],
    },
    {
      name: "builder stage and final stage",
      code: "FROM golang:1.22 AS build\nCOPY ./ /src\nRUN go build -o /app .\nFROM alpine\nCOPY --from=build /app /app\nADD . /srv/\n",
      buildContext: none,
      errors: [
        {
          messageId: "stage",
          message: /^COPY \.\/ copies the whole build context into a build stage/,
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 8,
        },
        { messageId: "image", message: /^ADD \. copies/, line: 6, column: 5, endLine: 6, endColumn: 6 },
      ],
    },
    {
      name: "the stage the final one is built FROM is part of the image",
      code: 'FROM python:3.12 AS base\nCOPY . /app\nFROM base\nCMD ["python"]\n',
      buildContext: none,
      errors: [{ messageId: "image", line: 2, column: 6, endLine: 2, endColumn: 7 }],
    },
    {
      name: "exec form, other spellings; not ONBUILD (another build's context)",
      code: 'FROM alpine\nCOPY ["./.", "/app/"]\nCOPY --chown=1000 / /app/\nONBUILD COPY . /app\n',
      buildContext: none,
      errors: [
        { messageId: "image", line: 2, column: 7, endLine: 2, endColumn: 12 },
        { messageId: "image", line: 3, column: 19, endLine: 3, endColumn: 20 },
      ],
    },
    {
      name: "--target: the last stage is a build stage then",
      code: "FROM alpine AS prod\nCOPY . /app\nFROM prod AS test\nCOPY . /tests\n",
      buildContext: none,
      analyze: { target: "prod" },
      errors: [
        { messageId: "image", line: 2, column: 6, endLine: 2, endColumn: 7 },
        { messageId: "stage", line: 4, column: 6, endLine: 4, endColumn: 7 },
      ],
    },
  ],
});
