import { testRule } from "../../lint/rule-tester.js";
import rule from "./undefined-var.js";

testRule(rule, {
  valid: [
    { name: "BuildKit: ARG without value", code: "\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n" },
    {
      name: "BuildKit: ARG of the base stage",
      code: "\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n",
    },
    { name: "BuildKit: RUN is left to the shell", code: "\nFROM alpine\nRUN echo $PATH\n" },
    { name: "PATH is always defined", code: "FROM scratch\nENV PATH=/opt/bin:$PATH\n" },
    { name: "ENV of the base stage", code: "FROM scratch AS a\nENV X=1\nFROM a\nWORKDIR /$X\n" },
    { name: "escaped and single-quoted references", code: "FROM scratch\nLABEL a=\\$X b='$Y'\n" },
    { name: "base image may define it", code: "FROM node:20\nENV PATH=$NPM_HOME/bin:$PATH\n" },
    { name: "ARG defaults see earlier ARGs of the same instruction", code: "FROM scratch\nARG A=1 B=$A\n" },
    { name: "global ARG redeclared", code: "ARG V=1\nFROM scratch\nARG V\nLABEL v=$V\n" },
    { name: "check=skip", code: "# check=skip=UndefinedVar\nFROM scratch\nCOPY $foo .\n" },
  ],
  invalid: [
    {
      name: "BuildKit: used before its ARG (image base)",
      code: "\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n",
      errors: [
        { message: "Usage of undefined variable '$foo'", line: 3, column: 6, endLine: 3, endColumn: 10 },
      ],
    },
    {
      name: "BuildKit: typo with a suggestion",
      code: "\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t",
      errors: [
        {
          message: "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)",
          line: 6,
          column: 6,
          endLine: 6,
          endColumn: 16,
        },
      ],
    },
    {
      name: "BuildKit: typo of PATH",
      code: "\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t",
      errors: [
        {
          message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)",
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
        },
      ],
    },
    {
      name: "BuildKit testAllTargetUnmarshal: every stage",
      code: "\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n",
      errors: [
        { message: "Usage of undefined variable '$foo'", line: 3, column: 6, endLine: 3, endColumn: 10 },
        { message: "Usage of undefined variable '$bar'", line: 6, column: 6, endLine: 6, endColumn: 10 },
      ],
    },
    {
      name: "a global ARG is not visible in a stage without redeclaration (scratch)",
      code: "ARG VERSION=1\nFROM scratch\nLABEL version=${VERSION}\n",
      errors: [{ line: 3, column: 15, endLine: 3, endColumn: 25 }],
    },
    {
      name: "ENV values do not see the same instruction",
      code: "FROM scratch\nENV A=1 B=$A\n",
      errors: [{ line: 2, column: 11, endLine: 2, endColumn: 13 }],
    },
    {
      name: "default expressions still look the variable up",
      code: "FROM scratch\nUSER ${APP_USER:-app}\n",
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 22 }],
    },
    {
      name: "flags, VOLUME and ARG defaults are checked",
      code: "FROM scratch\nCOPY --chown=$U a /a\nVOLUME /data/$D\nARG X=$Y\nRUN --mount=type=cache,target=$T true\n",
      errors: [
        { message: /'\$U'/, line: 2, column: 14, endLine: 2, endColumn: 16 },
        { message: /'\$D'/, line: 3, column: 14, endLine: 3, endColumn: 16 },
        { message: /'\$Y'/, line: 4, column: 7, endLine: 4, endColumn: 9 },
        { message: /'\$T'/, line: 5, column: 31, endLine: 5, endColumn: 33 },
      ],
    },
    {
      name: "imageEnv: empty reports names a bare image does not define",
      code: "FROM alpine\nWORKDIR /$HOME_DIR\n",
      options: { imageEnv: "empty" },
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 19 }],
    },
  ],
});
