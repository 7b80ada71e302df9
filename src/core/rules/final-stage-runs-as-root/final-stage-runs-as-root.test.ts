import { testRule } from "../../lint/rule-tester.js";
import rule from "./final-stage-runs-as-root.js";

testRule(rule, {
  valid: [
    {
      name: "an unknown base image whose default user needs sudo (ocaml/opam runs as opam)",
      code: "FROM ocaml/opam:alpine-ocaml-4.14\nRUN sudo apk add --no-cache make\nRUN opam install dune\n",
    },
    {
      name: "a Windows tag (drone's plugins/base:windows-1809)",
      code: "FROM plugins/base:windows-1809\nCOPY app.exe C:/bin/app.exe\n",
    },
    {
      name: "an unknown base image with a Windows shell",
      code: 'FROM ghcr.io/example/winrunner:1.0\nSHELL ["powershell", "-Command"]\nRUN scoop install git\n',
    },
    'FROM node:20\nUSER node\nCMD ["node", "app.js"]',
    "FROM alpine:3.20\nUSER 1000:1000",
    "FROM debian:12\nUSER root\nRUN apt-get update\nUSER app",
    // builder stages may run as root
    "FROM golang:1.22 AS build\nUSER root\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER 65532",
    // the USER is set in the stage the final one is built FROM
    'FROM node:20 AS base\nUSER node\nFROM base AS final\nCMD ["node"]',
    // known non-root base images
    "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app",
    "FROM gcr.io/distroless/base-debian12:debug-nonroot",
    "FROM cgr.dev/chainguard/static:latest",
    "FROM cgr.dev/chainguard/node",
    "FROM nginxinc/nginx-unprivileged:1.27",
    "FROM docker:27-dind-rootless",
    // unknown user or unknown image: not reported
    "FROM alpine:3.20\nARG APP_USER\nUSER $APP_USER",
    "ARG IMAGE\nFROM ${IMAGE}\nCOPY . /app",
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022",
    "FROM microsoft/windowsservercore:ltsc2016",
    {
      name: "a scratch image with no command is an artifact or data image (build --output, extensions)",
      code: "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch AS export\nCOPY --from=build /out/ /\n",
    },
    {
      name: "ONBUILD CMD does not give this scratch image a command",
      code: 'FROM scratch\nCOPY rootfs/ /\nONBUILD CMD ["/app"]\n',
    },
    "FROM python:3.12-windowsservercore-ltsc2022",
    // ONBUILD USER does not apply to this image
    { code: "FROM alpine:3.20\nUSER app\nONBUILD USER root", name: "onbuild user root" },
    // --target picks a stage that sets a user
    {
      code: "FROM alpine:3.20 AS prod\nUSER app\nFROM alpine:3.20 AS debug\nUSER root",
      analyze: { target: "prod" },
    },
  ],
  invalid: [
    {
      name: "sudo as an argument, not a command, says nothing of the user",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y sudo\n",
      errors: [{ messageId: "noUser", line: 1, column: 6, endLine: 1, endColumn: 15 }],
    },
    {
      name: "pwsh runs on Linux too",
      code: 'FROM debian:12\nSHELL ["pwsh", "-Command"]\n',
      errors: [{ messageId: "noUser", line: 1, column: 6, endLine: 1, endColumn: 15 }],
    },
    {
      code: 'FROM node:20\nCOPY . /app\nCMD ["node", "app.js"]',
      errors: [
        {
          messageId: "noUser",
          message:
            "The final image runs as root: no USER is set in the final stage or the stages it is built from, and the base image node:20 runs as root",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 13,
        },
      ],
    },
    {
      code: "FROM debian:12\nUSER app\nRUN id\nUSER root\n",
      errors: [
        { messageId: "rootUser", message: /runs as root:/, line: 4, column: 6, endLine: 4, endColumn: 10 },
      ],
    },
    {
      code: "FROM debian:12\nUSER 0:0\n",
      errors: [
        {
          messageId: "rootUser",
          message: /runs as root \(`0:0`\):/,
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 9,
        },
      ],
    },
    {
      code: "FROM debian:12\nUSER root:root\n",
      errors: [{ messageId: "rootUser", line: 2, column: 6, endLine: 2, endColumn: 15 }],
    },
    {
      name: "expanded user",
      code: "FROM debian:12\nARG RUN_AS=0\nUSER ${RUN_AS}\n",
      errors: [
        {
          messageId: "rootUser",
          message:
            "The final image runs as root (`0`): add a USER with an unprivileged user after the steps that need root",
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 15,
        },
      ],
    },
    {
      name: "multi-stage: the builder sets a user, the final stage does not",
      code: "FROM golang:1.22 AS build\nUSER nobody\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n",
      errors: [{ messageId: "noUser", line: 4, column: 6, endLine: 4, endColumn: 17 }],
    },
    {
      name: "multi-stage: the base stage ends as root",
      code: 'FROM python:3.12 AS base\nUSER app\nUSER root\nFROM base AS final\nCMD ["python"]\n',
      errors: [{ messageId: "rootUser", line: 3, column: 6, endLine: 3, endColumn: 10 }],
    },
    {
      name: "chained stages without USER",
      code: 'FROM python:3.12 AS base\nRUN pip install x\nFROM base\nCMD ["python"]\n',
      errors: [
        {
          messageId: "noUser",
          message: /its base image python:3\.12 runs as root/,
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 10,
        },
      ],
    },
    {
      code: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n',
      errors: [
        {
          messageId: "noUser",
          message: /scratch runs as root/,
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 13,
        },
      ],
    },
    {
      name: "a scratch image whose command comes from the stage it is built from",
      code: 'FROM scratch AS base\nCMD ["/app"]\nFROM base\nCOPY app /app\n',
      errors: [
        {
          messageId: "noUser",
          message: /its base image scratch/,
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 10,
        },
      ],
    },
    {
      name: "chainguard -dev variants run as root",
      code: "FROM cgr.dev/chainguard/python:latest-dev\n",
      errors: [{ messageId: "noUser", line: 1, column: 6, endLine: 1, endColumn: 42 }],
    },
    {
      name: "distroless without nonroot runs as root",
      code: "FROM gcr.io/distroless/static-debian12\n",
      errors: [{ messageId: "noUser", line: 1, column: 6, endLine: 1, endColumn: 39 }],
    },
    {
      name: "explicit USER root on a non-root base",
      code: "FROM gcr.io/distroless/static-debian12:nonroot\nUSER root\n",
      errors: [{ messageId: "rootUser", line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
    {
      name: "--target picks a root stage",
      code: "FROM alpine:3.20 AS debug\nUSER root\nFROM alpine:3.20 AS prod\nUSER app\n",
      analyze: { target: "debug" },
      errors: [{ messageId: "rootUser", line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
  ],
});
