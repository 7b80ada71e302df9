import { testRule } from "../../lint/rule-tester.js";
import rule from "./toolchain-in-final-image.js";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app",
    "FROM node:22 AS build\nRUN npm run build\nFROM nginx:alpine\nCOPY --from=build /app/dist /usr/share/nginx/html",
    "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask",
    "FROM alpine\nRUN apk add --no-cache curl",
    {
      name: "toolchain removed again in the same RUN (apk virtual package)",
      code: "FROM alpine\nRUN apk add --no-cache --virtual .build-deps gcc make && make -C /src install && apk del --no-network .build-deps",
    },
    {
      name: "toolchain purged again in the same RUN (apt, apt-get)",
      code: "FROM debian\nRUN apt-get update && apt-get install -y build-essential cmake && make && make install && apt purge -y build-essential cmake && apt autoremove -y",
    },
    {
      name: "toolchain removed by name (apk del)",
      code: "FROM alpine\nRUN apk add g++ make py3-pip && pip install x && apk del g++ make",
    },
    {
      name: "apt-mark auto and purge --auto-remove (the docker-library savedAptMark idiom)",
      code: 'FROM debian\nRUN set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends gcc libc6-dev make; make -C /src install; apt-mark auto \'.*\' > /dev/null; [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false',
    },
    {
      name: "apt-mark auto of the toolchain, then apt-get autoremove",
      code: "FROM debian\nRUN apt-get update && apt-get install -y gcc && make && apt-mark auto gcc && apt-get autoremove -y",
    },
  ],
  invalid: [
    {
      name: "apt-mark auto without a later autoremove",
      code: "FROM debian\nRUN apt-get update && apt-get install -y gcc && make && apt-mark auto '.*'",
      errors: [{ messageId: "toolchain", line: 2, column: 42, endLine: 2, endColumn: 45 }],
    },
    {
      code: "FROM golang:latest\nWORKDIR /app\nCOPY . .\nRUN go build -o server .",
      errors: [{ messageId: "build", line: 4, column: 5, endLine: 4, endColumn: 13 }],
    },
    {
      code: "FROM node\nCOPY . .\nRUN npm install && npm run build",
      errors: [{ message: /`npm run build` compiles/, line: 3, column: 20, endLine: 3, endColumn: 33 }],
    },
    {
      code: "FROM python:3.12\nRUN apt-get update && apt-get install -y build-essential libpq-dev",
      errors: [{ messageId: "toolchain", line: 2, column: 42, endLine: 2, endColumn: 57 }],
    },
    {
      name: "only part of the toolchain is removed again",
      code: "FROM alpine\nRUN apk add gcc make && make && apk del gcc",
      errors: [{ messageId: "toolchain", line: 2, column: 17, endLine: 2, endColumn: 21 }],
    },
    {
      name: "removed in a later RUN: the earlier layer still has it",
      code: "FROM alpine\nRUN apk add --virtual .b gcc\nRUN apk del .b",
      errors: [{ messageId: "toolchain", line: 2, column: 26, endLine: 2, endColumn: 29 }],
    },
  ],
});
