import { testRule } from "../../lint/rule-tester.js";
import rule from "./toolchain-in-final-image.js";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app",
    "FROM node:22 AS build\nRUN npm run build\nFROM nginx:alpine\nCOPY --from=build /app/dist /usr/share/nginx/html",
    "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask",
    "FROM alpine\nRUN apk add --no-cache curl",
  ],
  invalid: [
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
  ],
});
