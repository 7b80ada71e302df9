import { testRule } from "../../lint/rule-tester.js";
import rule from "./pip-unpinned-version.js";

// hadolint DL3013Spec checks each case inside ONBUILD too: `ONBUILD RUN` valid cases and `onbuild: true`
const specValid = [
  "RUN pip3 install MySQL_python==1.2.2",
  "RUN pip3 install mypkg.whl",
  "RUN pip3 install mypkg.tar.gz",
  "RUN pip install -r requirements.txt",
  "RUN pip install --requirement requirements.txt",
  "RUN pip install .",
  "RUN pip install MySQL_python==1.2.2",
  "RUN pip install MySQL_python~=1.2.2",
  "RUN pip install MySQL_python===1.2.2",
  "RUN pip install --ignore-installed MySQL_python==1.2.2",
  "RUN pip3 install --build /opt/yamllint yamllint==1.20.0",
  "RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0",
  "RUN pip3 install --root /opt/yamllint yamllint==1.20.0",
  "RUN pip3 install --target /opt/yamllint yamllint==1.20.0",
  "RUN pip3 install --trusted-host host example==1.2.2",
  "RUN python -m pip install example==1.2.2",
  "RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext",
  "RUN pip install git+ssh://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext",
  "RUN pip install foo/bar",
  "RUN pip install https://foo.bar/baz.zip",
  "RUN pip install 'alabaster>=0.7'",
  "RUN pip install 'alabaster<0.7'",
  "RUN pip install 'alabaster!=0.7'",
  "RUN pip install MySQL_python==1.2.2 --user",
  "RUN pip install MySQL_python==1.2.2 --disable-pip-version-check",
  "RUN pip install --index-url https://eg.com/foo foobar==1.0.0",
  "RUN pip install -i https://eg.com/foo foobar==1.0.0",
  "RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0",
  "RUN pip install MySQL_python==1.2.2 --no-cache-dir",
  "RUN pip install pykafka --constraint http://foo.bar.baz",
  "RUN pip install pykafka -c http://foo.bar.baz",
  "RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0",
  "RUN pipenv install black",
];

testRule(rule, {
  valid: [
    ...specValid,
    ...specValid.map((c) => `ONBUILD ${c}`),
    "RUN pip install django==1.9",
    "RUN pip install 'django>=1.9,<2'",
    "RUN pip3 install --requirement requirements.txt",
    "RUN python -m pip install flask~=3.0",
    "RUN pip install ./wheels/app-1.0-py3-none-any.whl",
    "RUN pip install git+https://github.com/org/repo@v1",
    "RUN pip install git+ssh://git@github.com/org/repo.git@refs/pull/1/head",
    "RUN pip install $PACKAGE",
  ],
  invalid: [
    {
      name: "uv: the message names the uv command, not pip install",
      code: "FROM python:3.12\nRUN uv add requests && uv pip install --system flask",
      errors: [
        {
          message: /^Pin versions in pip: instead of `uv add requests` use `uv add requests==<version>`/,
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 20,
        },
        {
          message: /instead of `uv pip install flask` use `uv pip install flask==<version>`/,
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 53,
        },
      ],
    },
    {
      code: "RUN pip install django",
      errors: [{ messageId: "unpinned", line: 1, column: 17, endLine: 1, endColumn: 23 }],
      onbuild: true,
    },
    {
      code: "RUN pip3 install --no-cache-dir -r r.txt requests",
      errors: [{ line: 1, column: 42, endLine: 1, endColumn: 50 }],
    },
    {
      code: "RUN python3 -m pip install --upgrade pip",
      errors: [{ line: 1, column: 38, endLine: 1, endColumn: 41 }],
    },
    {
      code: "RUN pip2 install MySQL_python",
      errors: [{ messageId: "unpinned", line: 1, column: 18, endLine: 1, endColumn: 30 }],
      onbuild: true,
    },
    {
      code: "RUN pip3 install MySQL_python",
      errors: [{ messageId: "unpinned", line: 1, column: 18, endLine: 1, endColumn: 30 }],
      onbuild: true,
    },
    {
      code: "RUN pip install MySQL_python",
      errors: [{ messageId: "unpinned", line: 1, column: 17, endLine: 1, endColumn: 29 }],
      onbuild: true,
    },
    {
      code: "RUN python -m pip install example",
      errors: [{ messageId: "unpinned", line: 1, column: 27, endLine: 1, endColumn: 34 }],
    },
    {
      code: "RUN python -m pip install --index-url url example",
      errors: [{ messageId: "unpinned", line: 1, column: 43, endLine: 1, endColumn: 50 }],
      onbuild: true,
    },
    {
      code: "RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext",
      errors: [{ messageId: "unpinnedVcs", line: 1, column: 17, endLine: 1, endColumn: 70 }],
      onbuild: true,
    },
    {
      code: "RUN pip install git+ssh://github.com/rtfd/read-ext.git#egg=read-ext",
      errors: [{ messageId: "unpinnedVcs", line: 1, column: 17, endLine: 1, endColumn: 68 }],
      onbuild: true,
    },
    {
      name: "the user in git+ssh://git@host is not a revision",
      code: "RUN pip install git+ssh://git@github.com/org/repo.git",
      errors: [{ messageId: "unpinnedVcs", line: 1, column: 17, endLine: 1, endColumn: 54 }],
    },
  ],
});
