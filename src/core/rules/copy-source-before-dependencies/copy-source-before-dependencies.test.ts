import { testRule } from "../../lint/rule-tester.js";
import rule from "./copy-source-before-dependencies.js";

testRule(rule, {
  valid: [
    "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build",
    "FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .",
    "FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build ./...",
    "FROM node:22\nCOPY . .\nRUN npm install express",
    "FROM node:22 AS a\nCOPY . .\nFROM node:22\nRUN npm ci",
  ],
  invalid: [
    {
      code: "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm run build",
      errors: [{ messageId: "order", line: 3, column: 6, endLine: 3, endColumn: 7 }],
    },
    {
      code: "FROM python:3.12\nCOPY ./ /app\nRUN pip install --no-cache-dir -r /app/requirements.txt",
      errors: [{ message: /`pip` runs after `COPY \.\/`/, line: 2, column: 6, endLine: 2, endColumn: 8 }],
    },
    {
      code: "FROM golang:1.23\nCOPY . .\nRUN go mod download && go build -o /app",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 7 }],
    },
  ],
});
