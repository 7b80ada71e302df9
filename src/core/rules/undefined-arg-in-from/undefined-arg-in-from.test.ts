import { testRule } from "../../lint/rule-tester.js";
import rule from "./undefined-arg-in-from.js";

testRule(rule, {
  valid: [
    "\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n",
    "\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n",
    "\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n",
    "\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n",
    "\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n",
    '\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n',
    { name: "escaped dollar", code: "FROM alpine\\$X\n" },
  ],
  invalid: [
    {
      name: "BuildKit: typo in --platform",
      code: "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n",
      errors: [
        {
          message: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)",
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 31,
        },
      ],
    },
    {
      name: "BuildKit: suggestion among declared ARGs",
      code: "\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n",
      errors: [
        {
          message: "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)",
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 32,
        },
      ],
    },
    {
      name: "BuildKit: no suggestion",
      code: "\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n",
      errors: [
        {
          message: "FROM argument 'version' is not declared",
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 30,
        },
      ],
    },
    {
      name: "an ARG declared in a stage does not count",
      code: "FROM alpine\nARG V=1\nFROM alpine:$V\n",
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 15 }],
    },
    {
      name: "skip comment on another FROM does not apply",
      code: "# check=skip=UndefinedArgInFrom\nFROM alpine:$A\nFROM alpine:$B\n",
      errors: [],
    },
  ],
});
