import { testRule } from "../../lint/rule-tester.js";
import rule from "./secret-in-run-command.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN git clone https://github.com/org/repo.git",
    'FROM debian\nRUN git clone "https://oauth2:${GITHUB_TOKEN}@github.com/org/repo.git"',
    "FROM debian\nRUN --mount=type=secret,id=aws aws configure set aws_secret_access_key $(cat /run/secrets/aws)",
    "FROM debian\nRUN aws configure set aws_access_key_id AKIAEXAMPLE",
    'FROM debian\nRUN aws configure set aws_secret_access_key "$AWS_SECRET"',
    "FROM debian\nRUN docker login -u me --password-stdin registry.example.com < /run/secrets/pw",
    'FROM debian\nRUN docker login -u me -p "$PW" registry.example.com',
    "FROM debian\nRUN curl -u anonymous https://example.com/f -o f",
    'FROM debian\nRUN curl -H "Accept: application/json" -H "Authorization: Bearer $TOKEN" https://api.example.com',
    "FROM debian\nRUN wget --password=$PW https://example.com/f",
    'FROM node:20\nRUN npm config set "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"',
    "FROM node:20\nRUN npm config set registry https://registry.example.com",
    "FROM debian\nRUN useradd --create-home app",
  ],
  invalid: [
    {
      code: "FROM debian\nRUN git clone https://oauth2:glpat-abc123@gitlab.com/org/repo.git",
      errors: [
        {
          messageId: "secret",
          message: /^A password in a URL/,
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 66,
        },
      ],
      onbuild: true,
    },
    {
      code: "FROM debian\nRUN aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG && aws s3 ls",
      errors: [{ message: /^`aws_secret_access_key`/, line: 2, column: 45, endLine: 2, endColumn: 66 }],
    },
    {
      code: "FROM debian\nRUN docker login -u me -p hunter2 registry.example.com",
      errors: [{ message: /^The `docker login` password/, line: 2, column: 27, endLine: 2, endColumn: 34 }],
    },
    {
      code: "FROM debian\nRUN curl -fsSL -u me:hunter2 https://example.com/f -o f",
      errors: [{ message: /^A `curl` password/, line: 2, column: 19, endLine: 2, endColumn: 29 }],
    },
    {
      code: 'FROM debian\nRUN curl --header "PRIVATE-TOKEN: glpat-abc" https://gitlab.example.com/api/v4/projects',
      errors: [
        { message: /^A credential in a `curl` header/, line: 2, column: 19, endLine: 2, endColumn: 45 },
      ],
    },
    {
      name: "curl --proxy-user, and wget's ftp password",
      code: "FROM debian\nRUN curl -U me:hunter2 https://example.com/f && wget --ftp-password=pw ftp://example.com/f",
      errors: [
        { message: /^A `curl` password/, line: 2, column: 13, endLine: 2, endColumn: 23 },
        { message: /^A `wget` password/, line: 2, column: 69, endLine: 2, endColumn: 71 },
      ],
    },
    {
      code: "FROM debian\nRUN wget --user=me --password=hunter2 https://example.com/f",
      errors: [{ message: /^A `wget` password/, line: 2, column: 31, endLine: 2, endColumn: 38 }],
    },
    {
      code: "FROM node:20\nRUN npm config set //registry.npmjs.org/:_authToken=npm_abc123 && npm ci",
      errors: [{ message: /^An npm auth token/, line: 2, column: 20, endLine: 2, endColumn: 63 }],
    },
    {
      code: "FROM node:20\nRUN yarn config set npmAuthToken npm_abc123",
      errors: [{ message: /^An npm auth token/, line: 2, column: 34, endLine: 2, endColumn: 44 }],
    },
  ],
});
