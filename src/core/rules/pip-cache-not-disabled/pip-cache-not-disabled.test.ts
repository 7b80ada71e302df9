import { testRule } from "../../lint/rule-tester.js";
import rule from "./pip-cache-not-disabled.js";

testRule(rule, {
  valid: [
    "FROM python\nRUN pip2 install MySQL_python --no-cache-dir",
    "FROM python\nRUN pip3 install --no-cache-dir MySQL_python",
    "FROM python\nRUN pip install MySQL_python --no-cache-dir",
    "FROM python\nONBUILD RUN pip install MySQL_python --no-cache-dir",
    "FROM python\nRUN pipx install software",
    "FROM python\nRUN pipenv install library",
    "FROM python\nENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python",
    "FROM python\nENV PIP_NO_CACHE_DIR=on\nRUN pip install MySQL_python",
    "FROM python\nENV PIP_NO_CACHE_DIR=yes\nRUN pip install MySQL_python",
    "FROM python\nENV PIP_NO_CACHE_DIR=true\nRUN pip install MySQL_python",
    "FROM python\nRUN PIP_NO_CACHE_DIR=1 pip install MySQL_python",
    "FROM python\nRUN PIP_NO_CACHE_DIR=on pip install MySQL_python",
    "FROM python\nRUN PIP_NO_CACHE_DIR=yes pip install MySQL_python",
    "FROM python\nRUN PIP_NO_CACHE_DIR=true pip install MySQL_python",
    "FROM python\nRUN export PIP_NO_CACHE_DIR=1 && pip install MySQL_python",
    "FROM python\nRUN export PIP_NO_CACHE_DIR=true && pip install MySQL_python",
    "FROM debian:buster AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six",
    "FROM python\nRUN --mount=type=cache,target=/root/.cache/pip pip install six",
    "FROM python\nRUN pip download six && pip freeze",
    // hadolint's cases as written, without FROM
    "RUN pip2 install MySQL_python --no-cache-dir",
    "RUN pip3 install --no-cache-dir MySQL_python",
    "RUN pipx install software",
    "RUN pipenv install library",
    "ONBUILD RUN pip2 install MySQL_python --no-cache-dir",
    "ONBUILD RUN pip3 install --no-cache-dir MySQL_python",
    "ONBUILD RUN pip install MySQL_python --no-cache-dir",
    "ONBUILD Run pipx install software",
    "ONBUILD RUN pipenv install library",
    ...["1", "on", "yes", "true"].flatMap((v) => [
      `RUN PIP_NO_CACHE_DIR=${v} pip install MySQL_python`,
      `RUN export PIP_NO_CACHE_DIR=${v} && pip install MySQL_python`,
    ]),
    "FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n",
    "FROM python\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install six",
    "FROM python\nONBUILD RUN --mount=type=cache,target=/root/.cache/pip pip install six",
  ],
  invalid: [
    {
      code: "FROM python\nRUN pip2 install MySQL_python",
      errors: [{ messageId: "noCacheDir", line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: "FROM python\nRUN pip2 install --no-cache-dir MySQL_python",
      onbuild: true,
    },
    {
      code: "FROM python\nRUN pip3 install MySQL_python",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 17 }],
      output: "FROM python\nRUN pip3 install --no-cache-dir MySQL_python",
      onbuild: true,
    },
    {
      code: "FROM python\nRUN pip install MySQL_python",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 16 }],
      output: "FROM python\nRUN pip install --no-cache-dir MySQL_python",
      onbuild: true,
    },
    ...["0", "off", "no", "false"].flatMap((v) => [
      {
        code: `FROM python\nENV PIP_NO_CACHE_DIR=${v}\nRUN pip install MySQL_python`,
        errors: [{ line: 3, column: 5, endLine: 3, endColumn: 16 }],
        output: `FROM python\nENV PIP_NO_CACHE_DIR=${v}\nRUN pip install --no-cache-dir MySQL_python`,
      },
      {
        code: `FROM python\nRUN PIP_NO_CACHE_DIR=${v} pip install MySQL_python`,
        errors: [{ line: 2, column: 6 + 17 + v.length, endLine: 2, endColumn: 17 + 17 + v.length }],
        output: `FROM python\nRUN PIP_NO_CACHE_DIR=${v} pip install --no-cache-dir MySQL_python`,
      },
      {
        code: `FROM python\nRUN export PIP_NO_CACHE_DIR=${v} && pip install MySQL_python`,
        errors: [{ line: 2, column: 5 + 28 + v.length, endLine: 2, endColumn: 16 + 28 + v.length }],
        output: `FROM python\nRUN export PIP_NO_CACHE_DIR=${v} && pip install --no-cache-dir MySQL_python`,
      },
    ]),
    {
      name: "not inherited from an unrelated stage",
      code: "FROM debian:buster AS base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN python3 -m pip install six",
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 27 }],
      output:
        "FROM debian:buster AS base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN python3 -m pip install --no-cache-dir six",
    },
    {
      name: "not inherited from an unrelated stage (hadolint's case)",
      code: "FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six\n",
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 16 }],
      output:
        "FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install --no-cache-dir six\n",
    },
    {
      name: "without FROM",
      code: "RUN pip install MySQL_python",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16 }],
      output: "RUN pip install --no-cache-dir MySQL_python",
      onbuild: true,
    },
    {
      name: "a tmpfs mount elsewhere",
      code: "FROM python\nRUN --mount=type=tmpfs,target=/tmp pip install six",
      errors: [{ line: 2, column: 36, endLine: 2, endColumn: 47 }],
      output: "FROM python\nRUN --mount=type=tmpfs,target=/tmp pip install --no-cache-dir six",
    },
    {
      name: "a cache mount elsewhere",
      code: "FROM python\nRUN --mount=type=cache,target=/root/.npm pip install -r requirements.txt",
      errors: [{ line: 2, column: 42, endLine: 2, endColumn: 53 }],
      output:
        "FROM python\nRUN --mount=type=cache,target=/root/.npm pip install --no-cache-dir -r requirements.txt",
    },
  ],
});
