import { testRule } from "../../lint/rule-tester.js";
import rule from "./tls-verification-disabled.js";

testRule(rule, {
  valid: [
    "FROM debian\nRUN curl -fsSL https://example.com/x",
    "FROM debian\nRUN wget https://example.com/x",
    "FROM debian\nRUN pip install --index-url https://pypi.example.com/simple x",
    "FROM debian\nENV PYTHONHTTPSVERIFY=1 NODE_TLS_REJECT_UNAUTHORIZED=1 NPM_CONFIG_STRICT_SSL=true",
    "FROM debian\nRUN npm config set strict-ssl true",
    "FROM debian\nRUN git config --global http.sslVerify true",
    "FROM debian\nRUN dnf install -y --setopt=sslverify=1 x",
    "FROM debian\nRUN echo sslverify=1 >> /etc/yum.conf",
    "FROM debian\nARG V\nENV NODE_TLS_REJECT_UNAUTHORIZED=$V",
    "FROM debian\nRUN echo curl -k",
  ],
  invalid: [
    {
      name: "curl -k",
      code: "FROM debian\nRUN curl -k https://example.com/x",
      errors: [
        { messageId: "disabled", message: /`curl -k`/, line: 2, column: 10, endLine: 2, endColumn: 12 },
      ],
      onbuild: true,
    },
    {
      name: "curl --insecure, wget --no-check-certificate",
      code: "FROM debian\nRUN curl --insecure -o x y && wget --no-check-certificate z",
      errors: [
        { message: /`curl --insecure`/, line: 2, column: 10, endLine: 2, endColumn: 20 },
        { message: /`wget --no-check-certificate`/, line: 2, column: 36, endLine: 2, endColumn: 58 },
      ],
    },
    {
      name: "pip --trusted-host",
      code: "FROM python\nRUN pip3 install --trusted-host pypi.org x && python -m pip install --trusted-host=files.pythonhosted.org y",
      errors: [
        { message: /pip --trusted-host/, line: 2, column: 18, endLine: 2, endColumn: 32 },
        { line: 2, column: 69, endLine: 2, endColumn: 106 },
      ],
    },
    {
      name: "ENV variables",
      code: 'FROM node\nENV PYTHONHTTPSVERIFY=0\nENV NODE_TLS_REJECT_UNAUTHORIZED="0" NPM_CONFIG_STRICT_SSL=false\nENV GIT_SSL_NO_VERIFY=1\nENV PIP_TRUSTED_HOST=pypi.org',
      errors: [
        { message: /`PYTHONHTTPSVERIFY=0`/, line: 2, column: 5, endLine: 2, endColumn: 22 },
        { message: /`NODE_TLS_REJECT_UNAUTHORIZED=0`/, line: 3, column: 5, endLine: 3, endColumn: 33 },
        { line: 3, column: 38, endLine: 3, endColumn: 59 },
        { line: 4, column: 5, endLine: 4, endColumn: 22 },
        { line: 5, column: 5, endLine: 5, endColumn: 21 },
      ],
    },
    {
      name: "ENV with an ARG value",
      code: "FROM node\nARG V=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=$V",
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 33 }],
    },
    {
      name: "assignments in RUN",
      code: "FROM node\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci && export GIT_SSL_NO_VERIFY=true",
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 35 },
        { line: 2, column: 53, endLine: 2, endColumn: 75 },
      ],
    },
    {
      name: "npm / yarn strict-ssl",
      code: "FROM node\nRUN npm config set strict-ssl false && yarn config set strict-ssl false && npm install --strict-ssl=false",
      errors: [
        { message: /npm config set strict-ssl false/, line: 2, column: 20, endLine: 2, endColumn: 36 },
        { line: 2, column: 56, endLine: 2, endColumn: 72 },
        { line: 2, column: 88, endLine: 2, endColumn: 106 },
      ],
    },
    {
      name: "git sslVerify",
      code: "FROM alpine\nRUN git config --global http.sslVerify false && git -c http.sslverify=false clone x",
      errors: [
        { line: 2, column: 25, endLine: 2, endColumn: 45 },
        { line: 2, column: 56, endLine: 2, endColumn: 76 },
      ],
    },
    {
      name: "yum/dnf sslverify",
      code: "FROM fedora\nRUN echo 'sslverify=false' >> /etc/yum.conf && dnf install -y --setopt=sslverify=0 x && sed -i 's/sslverify=1/sslverify=0/' /etc/dnf/dnf.conf",
      errors: [
        { line: 2, column: 10, endLine: 2, endColumn: 27 },
        { line: 2, column: 63, endLine: 2, endColumn: 83 },
        { line: 2, column: 96, endLine: 2, endColumn: 124 },
      ],
    },
  ],
});
