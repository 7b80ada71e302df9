import { testRule } from "../../lint/rule-tester.js";
import rule from "./apk-unpinned-version.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "ONBUILD RUN apk add flex=2.6.4-r1",
    "ONBUILD RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt\n",
    "ONBUILD RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n",
    "ONBUILD RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies\n",
    "ONBUILD RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n",
    "ONBUILD RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n",
    "ONBUILD RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n",
    "ONBUILD RUN apk add mypackage-1.1.1.apk",
    "RUN apk add flex=2.6.4-r1",
    "RUN apk add --no-cache git~2.52.0",
    "RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt\n",
    "RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n",
    "RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies\n",
    "RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n",
    "RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n",
    "RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n",
    "RUN apk add mypackage-1.1.1.apk",
    "RUN apk add $PKGS",
    "RUN apk del flex",
  ],
  invalid: [
    {
      name: "a version range is not a pin: the suggestion names the package, not the range",
      code: "RUN apk add --no-cache 'python3>3.11'",
      errors: [
        {
          messageId: "unpinned",
          message:
            "Pin versions in apk add: instead of `apk add python3>3.11` use `apk add python3=<version>`",
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 38,
        },
      ],
    },
    {
      code: "RUN apk add flex",
      errors: [{ messageId: "unpinned", line: 1, column: 13, endLine: 1, endColumn: 17 }],
      onbuild: true,
    },
    {
      name: "one missed",
      code: "RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n",
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 7 }],
      onbuild: true,
    },
  ],
});
