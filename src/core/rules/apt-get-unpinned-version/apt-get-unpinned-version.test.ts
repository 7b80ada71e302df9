import { testRule } from "../../lint/rule-tester.js";
import rule from "./apt-get-unpinned-version.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "ONBUILD RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*\n",
    "ONBUILD RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*\n",
    "ONBUILD RUN apt-get install -y python=1.2.2",
    "ONBUILD RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb",
    "ONBUILD RUN apt-get -y --no-install-recommends install nodejs=0.10",
    'ONBUILD RUN set -e &&\\\n echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\\n apt-get update &&\\\n apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n rm -rf /var/lib/apt/lists/*\n',
    "RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*\n",
    "RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*\n",
    "RUN apt-get install -y python=1.2.2",
    "RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb",
    "RUN apt-get -y --no-install-recommends install nodejs=0.10",
    'RUN set -e &&\\\n echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\\n apt-get update &&\\\n apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n rm -rf /var/lib/apt/lists/*\n',
    "RUN apt-get install -y $PACKAGES",
    "RUN apt-get install -y curl/bookworm-backports",
    "RUN apt-get remove python",
  ],
  invalid: [
    {
      // an exec-form RUN is read as its argv (hadolint reads the array joined by spaces)
      code: 'RUN ["apt-get", "install", "python"]',
      errors: [{ messageId: "unpinned", line: 1, column: 29, endLine: 1, endColumn: 35 }],
    },
    {
      code: "RUN apt-get update && apt-get install python",
      errors: [{ messageId: "unpinned", line: 1, column: 39, endLine: 1, endColumn: 45 }],
      onbuild: true,
    },
    {
      code: 'RUN apt-get install -y curl=7.88 \\\n    git \\\n    "vim"',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 8 },
        { line: 3, column: 5, endLine: 3, endColumn: 10 },
      ],
      onbuild: true,
    },
  ],
});
