import { testRule } from "../../lint/rule-tester.js";
import rule from "./pip-unpinned-version.js";

testRule(rule, {
  valid: [
    "RUN pip install django==1.9",
    "RUN pip install 'django>=1.9,<2'",
    "RUN pip install -r requirements.txt",
    "RUN pip3 install --requirement requirements.txt",
    "RUN python -m pip install flask~=3.0",
    "RUN pip install .",
    "RUN pip install ./wheels/app-1.0-py3-none-any.whl",
    "RUN pip install git+https://github.com/org/repo@v1",
    "RUN pip install $PACKAGE",
  ],
  invalid: [
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
  ],
});
