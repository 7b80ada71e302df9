/**
 * Checkov's and Trivy's own test suites for the checks our rules alias (`meta.sources` entries with
 * tool "checkov" or "trivy"), run through the public `lint()` with `--preset all`.
 *
 * Checkov (bridgecrewio/checkov): tests/dockerfile/checks/test_*.py with their example_<Check>/
 * Dockerfiles, and the CKV2_DOCKER graph checks' tests (tests/dockerfile/graph_builder/checks/
 * resources/<Policy>/{pass,fail}/Dockerfile* with expected.yaml). Checkov reports a resource per
 * instruction (`Dockerfile.RUN`) or per file (`Dockerfile.`); the expected lines below are the
 * lines of those instructions, and `{ count }` stands for a file-level result.
 *
 * Trivy (aquasecurity/trivy-checks, checks/docker/*_test.rego): each test's JSON input is written
 * back as the Dockerfile it describes (a stage without a `from` command gets `FROM <stage name>`);
 * `deny` with count 0 is `[]`, a denial is the offending instruction's line or `{ count }` when the
 * check reports once per file without naming the instruction.
 *
 * A finding counts for a peer check when its rule carries the check's id; several rules carrying the
 * same id are united. Findings are compared at instruction granularity (a finding inside a
 * multi-line instruction counts on the instruction's first line, where the peers report).
 *
 * Not representable: Trivy DS-0031's tests that change the check's configuration
 * (test_allow_secret_arg_but_argument_checking_disabled, test_allow_secret_github_env_but_this_env_excluded,
 * test_deny_custom_secret_env); Checkov's ReferenceLatestTag failure_* examples (not in the index we
 * port from).
 */
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/core/lint/config.js";
import { lint } from "../src/core/lint/engine.js";
import { rules } from "../src/core/rules/index.js";
import { parse } from "../src/core/syntax/parser.js";

const config = resolveConfig({ preset: "all" }, rules);

type Tool = "checkov" | "trivy";

/** Instruction lines where the check reports, or a file-level result of `count` findings. */
type Expected = number[] | { count: number };

interface Case {
  name: string;
  code: string;
  expected: Expected;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The first lines of the instructions that the rules aliasing `tool`/`id` report on, sorted. */
function report(tool: Tool, id: string, code: string): { lines: number[]; count: number } {
  const names = new Set(
    rules.filter((r) => r.meta.sources.some((s) => s.tool === tool && s.id === id)).map((r) => r.meta.name),
  );
  if (names.size === 0) throw new Error(`no rule aliases ${tool} ${id}`);
  const instructions = parse(code).cst.instructions;
  const findings = lint(code, { config }).findings.filter((f) => names.has(f.rule));
  const lines = new Set<number>();
  for (const f of findings) {
    const at = instructions.find((i) => i.range.start <= f.range.start && f.range.start <= i.range.end);
    lines.add(at === undefined ? f.line : lineOf(code, at.range.start));
  }
  return { lines: [...lines].sort((a, b) => a - b), count: findings.length };
}

/** The first lines of every instruction named in `names` (for peer files where each one fails). */
function every(code: string, ...names: string[]): number[] {
  return parse(code)
    .cst.instructions.filter((i) => names.includes(i.name))
    .map((i) => lineOf(code, i.range.start));
}

/** The ENV and ARG lines, less the `ARG NAME value` ones (two args declared, neither with a default). */
function withoutArgPairs(code: string): number[] {
  const lines = code.split("\n");
  return every(code, "ENV", "ARG").filter((l) => !/^ARG \S+\s+\S+$/.test(lines[l - 1]!));
}

function table(tool: Tool, id: string, source: string, cases: Case[]): void {
  describe(`${tool} ${id} (${source})`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const got = report(tool, id, c.code);
        if (Array.isArray(c.expected)) expect(got.lines).toEqual(c.expected);
        else expect(got.count).toBe(c.expected.count);
      });
    }
  });
}

const raw = String.raw;

// ---------------------------------------------------------------------------------------------
// Checkov: tests/dockerfile/checks/test_*.py

table("checkov", "CKV_DOCKER_1", "test_ExposePort22", [
  { name: "failure/Dockerfile", code: "FROM busybox\n\nEXPOSE 8080 22\n", expected: [3] },
  { name: "failure_tcp/Dockerfile", code: "FROM busybox\n\nEXPOSE 22/tcp\n", expected: [3] },
  { name: "success/Dockerfile", code: "FROM busybox\n\nEXPOSE 8080\n", expected: [] },
]);

table("checkov", "CKV_DOCKER_2", "test_HealthcheckExists", [
  { name: "failure/Dockerfile", code: 'FROM base\n\nLABEL foo="bar baz\nUSER  me\n', expected: { count: 1 } },
  {
    name: "success/Dockerfile",
    code: 'FROM base\n\nLABEL foo="bar baz\nUSER  me\n\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n',
    expected: [],
  },
]);

table("checkov", "CKV_DOCKER_3", "test_UserExists", [
  { name: "failure/Dockerfile", code: 'FROM base\n\nLABEL foo="bar baz\n', expected: { count: 1 } },
  { name: "failure_no_user/Dockerfile", code: 'FROM base\n\nLABEL foo="bar baz"\n', expected: { count: 1 } },
  {
    name: "failure_no_gosu_cmd/Dockerfile",
    code: 'FROM base\n\nLABEL foo="bar baz"\nCMD ["gosu"]\n',
    expected: { count: 1 },
  },
  {
    name: "failure_no_gosu_entrypoint/Dockerfile",
    code: 'FROM base\n\nLABEL foo="bar baz"\nENTRYPOINT ["gosu"]\n',
    expected: { count: 1 },
  },
  {
    name: "success_gosu/Dockerfile",
    code: 'FROM base\n\nLABEL foo="bar baz"\nENTRYPOINT ["gosu", "me", "tini", "--", "/bin/sh"]\n',
    // Checkov expects a pass; we report: the image still starts as root, gosu only drops privileges inside the entrypoint (rule doc)
    expected: [1],
  },
  { name: "success_user/Dockerfile", code: 'FROM base\n\nLABEL foo="bar baz"\nUSER  me\n', expected: [] },
]);

table("checkov", "CKV_DOCKER_4", "test_AddExists", [
  {
    name: "failure/Dockerfile",
    code: 'FROM  base\n\nLABEL foo="bar baz"\nADD http://example.com/package.zip /temp\nUSER  me\n',
    // Checkov expects line 4; we do not report a URL source because COPY cannot fetch it (add-url-without-checksum's case; rule doc)
    expected: [],
  },
]);

table("checkov", "CKV_DOCKER_5", "test_UpdateNotAlone", [
  { name: "failure/Dockerfile", code: "FROM base\n\nRUN apk update\n", expected: [3] },
  { name: "failure/Dockerfile.simple", code: "FROM base\n\nRUN apk update", expected: [3] },
  {
    name: "success/Dockerfile",
    code: raw`FROM base

RUN apt-get update \
 && apt-get install -y --no-install-recommends foo \
 && echo gooo

RUN apk update \
 && apk add --no-cache suuu looo

RUN apk --update add moo

RUN apk update --no-cache && apk upgrade --no-cache

RUN sed -i -e 's/# en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen && \
  dpkg-reconfigure --frontend noninteractive locales && \
  update-locale LANG=en_US.UTF-8
`,
    expected: [],
  },
]);

table("checkov", "CKV_DOCKER_6", "test_MaintainerExists", [
  { name: "failure/Dockerfile", code: "FROM  base\n\nMAINTAINER checkov\n", expected: [3] },
]);

table("checkov", "CKV_DOCKER_7", "test_ReferenceLatestTag", [
  { name: "success/Dockerfile", code: "FROM alpine:3\n", expected: [] },
  {
    name: "success_arg_default_tag/Dockerfile",
    code: "ARG BASE_IMAGE=node:18.17.0\nFROM ${BASE_IMAGE}",
    expected: [],
  },
  {
    name: "success_multi_stage_capital/Dockerfile",
    code: "FROM alpine:3 AS base\nCOPY test.sh /test.sh\n\nFROM base AS build\nLABEL maintainer=checkov\n\nFROM base\n",
    expected: [],
  },
  {
    name: "success_multi_stage_platform/Dockerfile",
    code: "FROM --platform=$BUILDPLATFORM python:3.12-slim AS build\nCOPY test.sh /test.sh\n\nFROM build as run\nLABEL maintainer=checkov\n",
    expected: [],
  },
  {
    name: "success_multi_stage_scratch/Dockerfile",
    code: "FROM scratch as base\nCOPY test.sh /test.sh\n\nFROM base\nLABEL maintainer=checkov\n",
    expected: [],
  },
]);

table("checkov", "CKV_DOCKER_8", "test_RootUser", [
  { name: "failure/Dockerfile", code: "FROM base\n\nUSER root\n", expected: [3] },
  {
    name: "success/Dockerfile",
    code: "FROM base\n\nUSER root\nCOPY test.sh /test.sh\n\nUSER checkov\n",
    expected: [],
  },
]);

table("checkov", "CKV_DOCKER_9", "test_RunUsingAPT", [
  {
    name: "failure/Dockerfile",
    code: "FROM busybox:1.0\nRUN apt install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n",
    expected: [2],
  },
  {
    name: "failure2/Dockerfile",
    code: raw`FROM ubuntu

RUN apt install curl
RUN apt-get update && \
    apt-get install --yes --no-install-recommends \
        git && \
    apt-get clean autoclean && \
    apt-get autoremove --yes && \
    cd /var/lib && \
    rm -rf apt dpkg cache log`,
    expected: [3],
  },
  {
    name: "failure3/Dockerfile",
    code: raw`FROM ubuntu

RUN apt update && \
    apt-get install --yes --no-install-recommends \
        git && \
    apt-get clean autoclean && \
    apt-get autoremove --yes && \
    cd /var/lib && \
    rm -rf apt dpkg cache log`,
    expected: [3],
  },
  {
    name: "success/Dockerfile",
    code: "FROM busybox:1.0\nRUN apt-get install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1",
    expected: [],
  },
  {
    name: "success2/Dockerfile",
    code: raw`FROM ubuntu

RUN apt-get update && \
    apt-get install --yes --no-install-recommends \
        git && \
    apt-get clean autoclean && \
    apt-get autoremove --yes && \
    cd /var/lib && \
    rm -rf apt dpkg cache log`,
    expected: [],
  },
  {
    name: "success3/Dockerfile",
    code: raw`FROM cypress/included:13.6.1
RUN apt-get update -qq && apt-get install -y gnupg curl && \
    echo "deb [signed-by=/usr/share/keyrings/cloud.google.gpg] https://packages.cloud.google.com/apt cloud-sdk main" | tee -a /etc/apt/sources.list.d/google-cloud-sdk.list && \
    curl -sf https://packages.cloud.google.com/apt/doc/apt-key.gpg | apt-key --keyring /usr/share/keyrings/cloud.google.gpg add - && \
    apt-get update && apt-get install -y google-cloud-sdk kubectl google-cloud-sdk-gke-gcloud-auth-plugin && apt-get clean`,
    expected: [],
  },
]);

table("checkov", "CKV_DOCKER_10", "test_WorkdirIsAbsolute", [
  {
    name: "failure/Dockerfile",
    code: `FROM alpine:3.5
RUN apk add --update py2-pip
RUN pip install --upgrade pip
WORKDIR /path/to/workdir
WORKDIR workdir
WORKDIR "../workdir"
COPY requirements.txt /usr/src/app/
RUN pip install --no-cache-dir -r /usr/src/app/requirements.txt
WORKDIR workdir2
COPY app.py /usr/src/app/
COPY templates/index.html /usr/src/app/templates/
EXPOSE 5000
CMD ["python", "/usr/src/app/app.py"]
`,
    expected: [5, 6, 9],
  },
  { name: "failure/Dockerfile.simple", code: "FROM alpine:3.14\n\nWORKDIR workdir\n", expected: [3] },
  {
    name: "success/Dockerfile",
    code: raw`FROM alpine:3.5
RUN apk add --update py2-pip
RUN pip install --upgrade pip
WORKDIR /path/to/workdir
WORKDIR /
WORKDIR c:\\windows
ENV DIRPATH=/path
ENV GLASSFISH_ARCHIVE glassfish5
WORKDIR $DIRPATH/$DIRNAME
WORKDIR ${"${GLASSFISH_HOME}"}/bin
COPY requirements.txt /usr/src/app/
RUN pip install --no-cache-dir -r /usr/src/app/requirements.txt
COPY app.py /usr/src/app/
COPY templates/index.html /usr/src/app/templates/
EXPOSE 5000
CMD ["python", "/usr/src/app/app.py"]
`,
    expected: [],
  },
]);

table("checkov", "CKV_DOCKER_11", "test_AliasIsUnique", [
  {
    name: "failure/Dockerfile",
    code: "FROM baseImage\nRUN Test\n\nFROM debian:jesse2 as build\nRUN stuff\n\nFROM debian:jesse1 as build\nRUN more_stuff\n",
    expected: [7],
  },
  {
    name: "success/Dockerfile",
    code: "FROM debian:jesse1 as build\nRUN stuff\n\nFROM debian:jesse1 as another-alias\nRUN more_stuff\n",
    expected: [],
  },
  {
    name: "success_platform/Dockerfile",
    code: "FROM --platform=linux/amd64 node:16 as FOO\nRUN npm install\n\nFROM --platform=linux/amd64 node:16 as BAR\nRUN npm run\n\nUSER nobody\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n\nCMD mycommand.sh\n",
    expected: [],
  },
]);

// ---------------------------------------------------------------------------------------------
// Checkov: the CKV2_DOCKER graph checks (tests/dockerfile/graph_builder/checks/test_yaml_policies.py)

{
  const fail = "FROM busybox\n\nRUN sudo apt-get install git\n";
  const failMultiline = "FROM busybox\n\nRUN apt-get update \\\n && sudo apt-get install vim\n";
  table("checkov", "CKV2_DOCKER_1", "RunUsingSudo", [
    { name: "fail/Dockerfile", code: fail, expected: [3] },
    { name: "fail_multiline/Dockerfile", code: failMultiline, expected: [3] },
    { name: "pass/Dockerfile", code: "FROM busybox\n\nRUN apt-get install sudoku\n", expected: [] },
  ]);
}

{
  const combo = "FROM alpine:3.5\nRUN curl -Lkv https://example.com\n";
  const long = "FROM alpine:3.5\nRUN curl --insecure https://example.com\n";
  const multiline = "FROM alpine:3.5\nRUN curl \\\n    --insecure \\\n    https://example.com\n";
  const shell = "FROM alpine:3.5\nRUN echo -n -Lv https://example.com && curl -k https://example.com\n";
  const short = "FROM alpine:3.5\nRUN curl -k https://example.com\n";
  const pass = raw`FROM alpine:3.5
RUN curl https://example.com
RUN curl --fake https://example.com
RUN curl -lol https://example.com
RUN curl https://example.com | grep -k lol
RUN curl https://example.com; grep /etc/passwd -k lol
RUN curl https://example.com &&\
    grep /etc/passwd -k lol
RUN curl https://example.com ||\
    grep /etc/passwd -k lol
`;
  table("checkov", "CKV2_DOCKER_2", "RunUnsafeCurl", [
    { name: "fail/Dockerfile.combo", code: combo, expected: [2] },
    { name: "fail/Dockerfile.long", code: long, expected: [2] },
    { name: "fail/Dockerfile.multiline", code: multiline, expected: [2] },
    { name: "fail/Dockerfile.shell", code: shell, expected: [2] },
    { name: "fail/Dockerfile.short", code: short, expected: [2] },
    { name: "pass/Dockerfile", code: pass, expected: [] },
  ]);
}

{
  const basic =
    "FROM alpine:3.5\nRUN wget --no-progress --no-check-certificate -o file https://example.com\n";
  const multiline = "FROM alpine:3.5\nRUN wget \\\n    --no-check-certificate \\\n    https://example.com\n";
  const shell = 'FROM alpine:3.5\nRUN echo "panw" && wget --no-check-certificate https://example.com\n';
  const pass = raw`FROM alpine:3.5
RUN wget https://example.com
RUN wget --no-progress -o file https://example.com
RUN wget -lol https://example.com
RUN wget https://example.com | grep "--no-check-certificate" /etc/passwd
RUN wget https://example.com; grep "--no-check-certificate" /etc/passwd
RUN wget https://example.com &&\
    echo "--no-check-certificate"
RUN wget https://example.com ||\
    grep "--no-check-certificate" /etc/passwd
`;
  table("checkov", "CKV2_DOCKER_3", "RunUnsafeWget", [
    { name: "fail/Dockerfile.basic", code: basic, expected: [2] },
    { name: "fail/Dockerfile.multiline", code: multiline, expected: [2] },
    { name: "fail/Dockerfile.shell", code: shell, expected: [2] },
    { name: "pass/Dockerfile", code: pass, expected: [] },
  ]);
}

{
  const basic = `FROM alpine:3.5
RUN pip install checkov --trusted-host pypi.org --trusted-host files.pythonhosted.org
RUN pip install checkov --trusted-host=pypi.python.org --trusted-host=pypi.org
RUN pip3 install checkov --trusted-host pypi.org --trusted-host files.pythonhosted.org
RUN pip3 install checkov --trusted-host=pypi.python.org --trusted-host=pypi.org
`;
  const multiline = raw`FROM alpine:3.5
RUN pip \
    --trusted-host pypi.org \
    install checkov
RUN pip \
    install checkov \
    --trusted-host=pypi.org
`;
  const shell =
    'FROM alpine:3.5\nRUN echo "panw" && pip --trusted-host=pypi.python.org --trusted-host=pypi.org install checkov\n';
  const pass = raw`FROM alpine:3.5
RUN pip install checkov
RUN pip3 install checkov
RUN pip install checkov | grep "--trusted-host"
RUN pip3 install checkov; grep "--trusted-host"
RUN pip install checkov &&\
    echo "--trusted-host"
RUN pip3 install checkov ||\
    grep "--trusted-host" /etc/passwd
`;
  table("checkov", "CKV2_DOCKER_4", "RunPipTrustedHost", [
    { name: "fail/Dockerfile.basic", code: basic, expected: [2, 3, 4, 5] },
    { name: "fail/Dockerfile.multiline", code: multiline, expected: [2, 5] },
    { name: "fail/Dockerfile.shell", code: shell, expected: [2] },
    { name: "pass/Dockerfile", code: pass, expected: [] },
  ]);
}

/**
 * The four RUN fail files Checkov repeats for its environment-variable checks (the variable set for
 * one command: plain, with odd quoting, inside lists, with extra whitespace), for one variable and value.
 */
function envVarFiles(name: string, value: string, from: string, command: string) {
  const v = value;
  const runBasic = raw`FROM ${from}

RUN ${name}=${v} ${command}
RUN ${name}="${v}" ${command}
RUN ${name}='${v}' ${command}

RUN ${name}=${v} TEST="lol" ${command}
RUN ${name}="${v}" TEST='lol' ${command}
RUN ${name}='${v}' TEST=lol ${command}

RUN LOL=123 ${name}=${v} ${command}
RUN LOL="123" ${name}="${v}" ${command}
RUN LOL='123' ${name}='${v}' ${command}

RUN TEST_123="456" ${name}=${v} TEST="lol" ${command}
RUN TEST_123='456' ${name}="${v}" TEST='lol' ${command}
RUN TEST_123=456 ${name}='${v}' TEST="lol" ${command}

RUN TEST_123="456" \
    ${name}=${v} \
    TEST="lol" \
    ${command}
RUN TEST_123='456' \
    ${name}="${v}" \
    TEST='lol'\
     ${command}
RUN \
     TEST_123=456\
     ${name}='${v}' \
     TEST="lol" \
     ${command}
`;
  const runQuotes = raw`FROM ${from}

RUN ${name}=${v} TEST="lol\"" ${command}
RUN ${name}="${v}" TEST='lol\'' ${command}

RUN LOL="123\"" ${name}="${v}" ${command}
RUN LOL='123\'' ${name}='${v}' ${command}
`;
  const runShell = raw`FROM ${from}

RUN ABC=123 echo test; ${name}=${v} ${command} ;DEF=456 echo lol;
RUN ABC=123 echo test;${name}=${v} ${command};DEF=456 echo lol;
RUN ABC=123 echo test ;${name}=${v} ${command}; DEF=456 echo lol;

RUN ABC=123 echo test&& ${name}=${v} ${command} &&DEF=456 echo lol;
RUN ABC=123 echo test&&${name}=${v} ${command}&&DEF=456 echo lol;
RUN ABC=123 echo test &&${name}=${v} ${command}&& DEF=456 echo lol;

RUN ABC=123 echo test|| ${name}=${v} ${command} ||DEF=456 echo lol;
RUN ABC=123 echo test||${name}=${v} ${command}||DEF=456 echo lol;
RUN ABC=123 echo test ||${name}=${v} ${command}|| DEF=456 echo lol;

RUN ABC=123 echo test| ${name}=${v} ${command} |DEF=456 echo lol;
RUN ABC=123 echo test|${name}=${v} ${command}|DEF=456 echo lol;
RUN ABC=123 echo test |${name}=${v} ${command}| DEF=456 echo lol;

RUN ABC=123      echo test;       ${name}=${v}         ${command} ;     DEF=456          echo lol;
RUN ABC=123      echo test ;       ${name}=${v}         ${command};     DEF=456          echo lol;
`;
  const runWhitespace = raw`FROM ${from}
RUN TEST_123="456"        ${name}=${v}  ${command}
RUN TEST_123='456'        ${name}="${v}"  ${command}
RUN TEST_123=456        ${name}='${v}'  ${command}

RUN TEST_123="456"        ${name}=${v}      TEST="lol"    ${command}
RUN TEST_123='456'        ${name}="${v}"    TEST="lol"    ${command}
RUN TEST_123=456          ${name}='${v}'    TEST="lol"    ${command}

RUN ${name}=${v}      TEST="lol"    ${command}
RUN ${name}="${v}"    TEST="lol"    ${command}
RUN ${name}='${v}'    TEST="lol"    ${command}
`;
  return { runBasic, runQuotes, runShell, runWhitespace };
}

function envVarTable(
  id: string,
  source: string,
  basic: Case,
  runs: ReturnType<typeof envVarFiles>,
  more: Case[],
) {
  table("checkov", id, source, [
    basic,
    { name: "fail/Dockerfile.run.basic", code: runs.runBasic, expected: every(runs.runBasic, "RUN") },
    // Checkov expects line 7 too; there `'123\\''` leaves a quote open, so the variable is quoted text, not an assignment (rule doc)
    { name: "fail/Dockerfile.run.quotes", code: runs.runQuotes, expected: [3, 4, 6] },
    { name: "fail/Dockerfile.run.shell", code: runs.runShell, expected: every(runs.runShell, "RUN") },
    {
      name: "fail/Dockerfile.run.whitespace",
      code: runs.runWhitespace,
      expected: every(runs.runWhitespace, "RUN"),
    },
    ...more,
  ]);
}

{
  const basic = `FROM alpine:3.5
ENV PYTHONHTTPSVERIFY 0
ENV PYTHONHTTPSVERIFY=0
ARG PYTHONHTTPSVERIFY=0
ARG PYTHONHTTPSVERIFY 0
ENV LOL=666 PYTHONHTTPSVERIFY=0
ENV PYTHONHTTPSVERIFY=0 LOL=666
ENV PYTHONHTTPSVERIFY    0
ARG PYTHONHTTPSVERIFY    0
`;
  const pass = raw`FROM alpine:3.5
ENV PYTHONHTTPSVERIFY=1
ENV PYTHONHTTPSVERIFY 1
ENV PYTHONHTTPSVERIFY 666
ARG PYTHONHTTPSVERIFY=1
ARG PYTHONHTTPSVERIFY 1
ARG PYTHONHTTPSVERIFY 666
ENV LOL=666 ASDFPYTHONHTTPSVERIFY=0
ENV ASDFPYTHONHTTPSVERIFY=0 LOL=666
ENV LOL=666 \
    ASDFPYTHONHTTPSVERIFY=0
ENV LOL=666 PYTHONHTTPSVERIFY=1
ENV PYTHONHTTPSVERIFY      1
ARG PYTHONHTTPSVERIFYLOL=0

RUN python example.py
RUN PYTHONHTTPSVERIFY=1 python example.py
RUN PYTHONHTTPSVERIFY="1" python example.py
RUN PYTHONHTTPSVERIFY='1' python example.py
RUN PYTHONHTTPSVERIFY="0\"" python example.py
RUN PYTHONHTTPSVERIFY='0\'' python example.py
RUN LOL=123 \
    ASDFPYTHONHTTPSVERIFY=0 python example.py
RUN LOL=123 PYTHONHTTPSVERIFY=1 python example.py
RUN PYTHONHTTPSVERIFYLOL=0 python example.py
`;
  envVarTable(
    "CKV2_DOCKER_5",
    "EnvPythonHttpsVerify",
    // Checkov expects every line; `ARG NAME value` declares two args without defaults, which set nothing (rule doc)
    { name: "fail/Dockerfile.basic", code: basic, expected: withoutArgPairs(basic) },
    envVarFiles("PYTHONHTTPSVERIFY", "0", "alpine:3.15", "python example.py"),
    [{ name: "pass/Dockerfile", code: pass, expected: [] }],
  );
}

{
  const basic = `FROM alpine:3.5
ENV NODE_TLS_REJECT_UNAUTHORIZED 0
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
ENV NODE_TLS_REJECT_UNAUTHORIZED="0"
ENV NODE_TLS_REJECT_UNAUTHORIZED='0'
ARG NODE_TLS_REJECT_UNAUTHORIZED=0
ARG NODE_TLS_REJECT_UNAUTHORIZED="0"
ARG NODE_TLS_REJECT_UNAUTHORIZED='0'
ARG NODE_TLS_REJECT_UNAUTHORIZED 0
ENV LOL=666 NODE_TLS_REJECT_UNAUTHORIZED=0
ENV NODE_TLS_REJECT_UNAUTHORIZED=0 LOL=666
ENV NODE_TLS_REJECT_UNAUTHORIZED    0
ARG NODE_TLS_REJECT_UNAUTHORIZED    0
`;
  const pass = raw`FROM alpine:3.5
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
ENV NODE_TLS_REJECT_UNAUTHORIZED 1
ENV NODE_TLS_REJECT_UNAUTHORIZED 666
ARG NODE_TLS_REJECT_UNAUTHORIZED=1
ARG NODE_TLS_REJECT_UNAUTHORIZED 1
ARG NODE_TLS_REJECT_UNAUTHORIZED 666
ENV LOL=666 ASDFNODE_TLS_REJECT_UNAUTHORIZED=0
ENV ASDFNODE_TLS_REJECT_UNAUTHORIZED=0 LOL=666
ENV LOL=666 \
    ASDFNODE_TLS_REJECT_UNAUTHORIZED=0
ENV LOL=666 NODE_TLS_REJECT_UNAUTHORIZED=1
ENV NODE_TLS_REJECT_UNAUTHORIZED      1
ARG NODE_TLS_REJECT_UNAUTHORIZEDLOL=0

RUN python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED=1 python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED="1" python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED='1' python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED="0\"" python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED='0\'' python example.py
RUN LOL=123 \
    ASDFNODE_TLS_REJECT_UNAUTHORIZED=0 python example.py
RUN LOL=123 NODE_TLS_REJECT_UNAUTHORIZED=1 python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZEDLOL=0 python example.py
`;
  envVarTable(
    "CKV2_DOCKER_6",
    "EnvNodeTlsRejectUnauthorized",
    // Checkov expects every line; `ARG NAME value` declares two args without defaults, which set nothing (rule doc)
    { name: "fail/Dockerfile.basic", code: basic, expected: withoutArgPairs(basic) },
    envVarFiles("NODE_TLS_REJECT_UNAUTHORIZED", "0", "alpine:3.15", "python example.py"),
    [{ name: "pass/Dockerfile", code: pass, expected: [] }],
  );
}

table("checkov", "CKV2_DOCKER_7", "RunApkAllowUntrusted", [
  {
    name: "fail/Dockerfile",
    code: raw`FROM alpine:3.5
RUN apk add --allow-untrusted python3
RUN apk --allow-untrusted add python3
RUN apk \
    --allow-untrusted \
    add python3
RUN apk \
    add python3 \
    --allow-untrusted
RUN echo "prodsec" && apk --allow-untrusted add python3
`,
    expected: [2, 3, 4, 7, 10],
  },
  {
    name: "pass/Dockerfile",
    code: raw`FROM alpine:3.5
RUN apk add a-car
RUN apk add a-handbag | grep "--allow-untrusted"
RUN apk upgrade --no-cache && apk add \
    a-mobile-phone a-dvd
RUN apk upgrade &&\
    echo "--allow-untrusted"
`,
    expected: [],
  },
]);

table("checkov", "CKV2_DOCKER_8", "RunAptGetAllowUnauthenticated", [
  {
    name: "fail/Dockerfile",
    code: raw`FROM debian:bullseye
RUN apt-get install --allow-unauthenticated python3
RUN apt-get install --force-yes python3
RUN apt-get --allow-unauthenticated install python3
RUN apt-get --force-yes install python3
RUN apt-get \
    --allow-unauthenticated \
    install python3
RUN apt-get \
    --force-yes \
    install python3
RUN apt-get \
    install python3 \
    --allow-unauthenticated
RUN apt-get \
    install python3 \
    --force-yes
RUN echo "prodsec" && apt-get --allow-unauthenticated install python3
RUN echo "prodsec" && apt-get --force-yes install python3
`,
    // Checkov expects the --force-yes lines too; that half is apt-get-force-yes (CKV2_DOCKER_11): an alias belongs to one rule (rule doc)
    expected: [2, 4, 6, 12, 18],
  },
  {
    name: "pass/Dockerfile",
    code: raw`FROM debian:bullseye
RUN apt-get install python3
RUN apt-get install python3 | grep "--allow-unauthenticated"
RUN apt-get install python3 | grep "--force-yes"
RUN apt-get update && apt-get install \
    python3
RUN apt-get update &&\
    echo "--allow-unauthenticated"
RUN apt-get update &&\
    echo "--force-yes"
`,
    expected: [],
  },
]);

{
  const nogpg = (tool: string) => raw`FROM fedora:rawhide
RUN ${tool} install -y --nogpgcheck python3
RUN ${tool} --nogpgcheck install -y python3
RUN ${tool} \
    --nogpgcheck \
    install python3
RUN ${tool} \
    install -y python3 \
    --nogpgcheck
RUN echo "prodsec" && ${tool} --nogpgcheck -y install python3
`;
  const rpm = raw`FROM fedora:rawhide
RUN rpm -i --nogpgcheck python3.rpm
RUN rpm --nogpgcheck -i python3.rpm
RUN rpm \
    --nogpgcheck \
    -i python3.rpm
RUN rpm \
    -i python3.rpm \
    --nogpgcheck
RUN echo "prodsec" && rpm --nogpgcheck -i python3.rpm
`;
  const wilderness = raw`FROM openjdk:ship

RUN tdnf -y update && \
    tdnf -y upgrade && \
    tdnf install -y ${"${package}"} shadow-utils --nogpgcheck && \
    tdnf clean all
`;
  const passYum = raw`FROM fedora:rawhide
RUN yum install python3
RUN dnf install -y python3
RUN yum install python3 | grep "--nogpgcheck"
RUN dnf install python3 | grep "--nogpgcheck"
RUN yum update && yum upgrade \
    python3
RUN dnf update && dnf upgrade \
    python3
RUN yum update &&\
    echo "--nogpgcheck"
RUN dnf update ||\
    echo "--nogpgcheck"
`;
  const passRpm = raw`FROM fedora:rawhide
RUN yum install python3
RUN dnf install -y python3
RUN rpm -i python3.rpm
RUN yum install python3 | grep "--nogpgcheck"
RUN dnf install python3 | grep "--nogpgcheck"
RUN rpm -i python3.rpm | grep "--nogpgcheck"
RUN yum update && yum upgrade \
    python3
RUN dnf update && dnf upgrade \
    python3
RUN rpm -i python3.rpm && rpm -V \
    python3
RUN yum update &&\
    echo "--nogpgcheck"
RUN dnf update ||\
    echo "--nogpgcheck"
RUN rpm -i python3.rpm ;\
    echo "--nogpgcheck"

`;
  table("checkov", "CKV2_DOCKER_9", "RunYumNoGpgCheck", [
    { name: "fail/Dockerfile.dnf", code: nogpg("dnf"), expected: [2, 3, 4, 7, 10] },
    { name: "fail/Dockerfile.tdnf", code: nogpg("tdnf"), expected: [2, 3, 4, 7, 10] },
    { name: "fail/Dockerfile.wilderness", code: wilderness, expected: [3] },
    { name: "fail/Dockerfile.yum", code: nogpg("yum"), expected: [2, 3, 4, 7, 10] },
    { name: "pass/Dockerfile", code: passYum, expected: [] },
  ]);
  table("checkov", "CKV2_DOCKER_9", "RunRpmNoGpgCheck", [
    { name: "fail/Dockerfile.rpm", code: rpm, expected: [2, 3, 4, 7, 10] },
    { name: "pass/Dockerfile", code: passRpm, expected: [] },
  ]);
}

table("checkov", "CKV2_DOCKER_10", "RunRpmNoSignature", [
  {
    name: "fail/Dockerfile",
    code: raw`FROM fedora:rawhide
RUN rpm -i --nodigest --nosignature --noverify --nofiledigest python3.rpm
RUN rpm -i --nodigest python3.rpm
RUN rpm -i --nosignature python3.rpm
RUN rpm -i --noverify python3.rpm
RUN rpm -i --nofiledigest python3.rpm
RUN rpm \
    --nodigest \
    --nosignature \
    --noverify \
    --nofiledigest \
    -i python3.rpm
RUN rpm \
    -i python3.rpm \
    --nodigest \
    --nosignature \
    --nofiledigest \
    --noverify
RUN echo "prodsec" && rpm --nodigest --nosignature --noverify --nofiledigest -i python3.rpm
`,
    expected: [2, 3, 4, 5, 6, 7, 13, 19],
  },
  {
    name: "pass/Dockerfile",
    code: raw`FROM fedora:rawhide
RUN rpm -i python3.rpm
RUN rpm -i python3.rpm | grep "--nosignature"
RUN rpm -i python3.rpm && rpm -V \
    python3
RUN rpm -i python3.rpm ;\
    echo "--nodigest"
RUN rpm -i python3.rpm ;\
    echo "--noverify"
`,
    expected: [],
  },
]);

table("checkov", "CKV2_DOCKER_11", "RunAptGetForceYes", [
  {
    name: "fail/Dockerfile",
    code: raw`FROM debian:bullseye
RUN apt-get install --force-yes python3
RUN apt-get --force-yes install python3
RUN apt-get \
    --force-yes \
    install python3
RUN apt-get \
    install python3 \
    --force-yes
RUN echo "prodsec" && apt-get --force-yes install python3
`,
    expected: [2, 3, 4, 7, 10],
  },
  {
    name: "pass/Dockerfile",
    code: raw`FROM debian:bullseye
RUN apt-get install python3
RUN apt-get install python3 | grep "--force-yes"
RUN apt-get update && apt-get install \
    python3
RUN apt-get update &&\
    echo "--force-yes"
`,
    expected: [],
  },
]);

{
  const basic = `FROM node:18
ENV NPM_CONFIG_STRICT_SSL false
ENV NPM_CONFIG_STRICT_SSL=false
ENV NPM_CONFIG_STRICT_SSL="false"
ENV NPM_CONFIG_STRICT_SSL='false'
ARG NPM_CONFIG_STRICT_SSL=false
ARG NPM_CONFIG_STRICT_SSL="false"
ARG NPM_CONFIG_STRICT_SSL='false'
ARG NPM_CONFIG_STRICT_SSL false
ENV LOL=555 NPM_CONFIG_STRICT_SSL=false
ENV NPM_CONFIG_STRICT_SSL=false LOL=555
ENV NPM_CONFIG_STRICT_SSL    false
ARG NPM_CONFIG_STRICT_SSL    false
ENV npm_config_strict_ssl false
ENV npm_config_strict_ssl=false
ENV npm_config_strict_ssl="false"
ENV npm_config_strict_ssl='false'
ARG npm_config_strict_ssl=false
ARG npm_config_strict_ssl="false"
ARG npm_config_strict_ssl='false'
ARG npm_config_strict_ssl false
ENV LOL=555 npm_config_strict_ssl=false
ENV npm_config_strict_ssl=false LOL=555
ENV npm_config_strict_ssl    false
ARG npm_config_strict_ssl    false
`;
  // Checkov's run.basic interleaves the two spellings, group by group.
  const runBasic = raw`FROM node:18

RUN NPM_CONFIG_STRICT_SSL=false npm ci
RUN NPM_CONFIG_STRICT_SSL="false" npm ci
RUN NPM_CONFIG_STRICT_SSL='false' npm ci

RUN npm_config_strict_ssl=false npm ci
RUN npm_config_strict_ssl="false" npm ci
RUN npm_config_strict_ssl='false' npm ci

RUN NPM_CONFIG_STRICT_SSL=false TEST="lol" npm ci
RUN NPM_CONFIG_STRICT_SSL="false" TEST='lol' npm ci
RUN NPM_CONFIG_STRICT_SSL='false' TEST=lol npm ci

RUN npm_config_strict_ssl=false TEST="lol" npm ci
RUN npm_config_strict_ssl="false" TEST='lol' npm ci
RUN npm_config_strict_ssl='false' TEST=lol npm ci

RUN LOL=123 NPM_CONFIG_STRICT_SSL=false npm ci
RUN LOL="123" NPM_CONFIG_STRICT_SSL="false" npm ci
RUN LOL='123' NPM_CONFIG_STRICT_SSL='false' npm ci

RUN LOL=123 npm_config_strict_ssl=false npm ci
RUN LOL="123" npm_config_strict_ssl="false" npm ci
RUN LOL='123' npm_config_strict_ssl='false' npm ci

RUN TEST_123="456" NPM_CONFIG_STRICT_SSL=false TEST="lol" npm ci
RUN TEST_123='456' NPM_CONFIG_STRICT_SSL="false" TEST='lol' npm ci
RUN TEST_123=456 NPM_CONFIG_STRICT_SSL='false' TEST="lol" npm ci

RUN TEST_123="456" npm_config_strict_ssl=false TEST="lol" npm ci
RUN TEST_123='456' npm_config_strict_ssl="false" TEST='lol' npm ci
RUN TEST_123=456 npm_config_strict_ssl='false' TEST="lol" npm ci

RUN TEST_123="456" \
    NPM_CONFIG_STRICT_SSL=false \
    TEST="lol" \
    npm ci
RUN TEST_123='456' \
    NPM_CONFIG_STRICT_SSL="false" \
    TEST='lol'\
     npm ci
RUN \
     TEST_123=456\
     NPM_CONFIG_STRICT_SSL='false' \
     TEST="lol" \
     npm ci

RUN TEST_123="456" \
    npm_config_strict_ssl=false \
    TEST="lol" \
    npm ci
RUN TEST_123='456' \
    npm_config_strict_ssl="false" \
    TEST='lol'\
     npm ci
RUN \
     TEST_123=456\
     npm_config_strict_ssl='false' \
     TEST="lol" \
     npm ci
`;
  const runQuotes = raw`FROM node:18

RUN NPM_CONFIG_STRICT_SSL=false TEST="lol\"" npm ci
RUN NPM_CONFIG_STRICT_SSL="false" TEST='lol\'' npm ci

RUN LOL="123\"" npm_config_strict_ssl="false" npm ci
RUN LOL='123\'' npm_config_strict_ssl='false' npm ci
`;
  const runShell = raw`FROM node:18

RUN ABC=123 echo test; NPM_CONFIG_STRICT_SSL=false npm ci ;DEF=456 echo lol;
RUN ABC=123 echo test;NPM_CONFIG_STRICT_SSL=false npm ci;DEF=456 echo lol;
RUN ABC=123 echo test ;NPM_CONFIG_STRICT_SSL=false npm ci; DEF=456 echo lol;

RUN ABC=123 echo test&& npm_config_strict_ssl=false npm ci &&DEF=456 echo lol;
RUN ABC=123 echo test&&npm_config_strict_ssl=false npm ci&&DEF=456 echo lol;
RUN ABC=123 echo test &&npm_config_strict_ssl=false npm ci&& DEF=456 echo lol;

RUN ABC=123 echo test|| NPM_CONFIG_STRICT_SSL=false npm ci ||DEF=456 echo lol;
RUN ABC=123 echo test||NPM_CONFIG_STRICT_SSL=false npm ci||DEF=456 echo lol;
RUN ABC=123 echo test ||NPM_CONFIG_STRICT_SSL=false npm ci|| DEF=456 echo lol;

RUN ABC=123 echo test| npm_config_strict_ssl=false npm ci |DEF=456 echo lol;
RUN ABC=123 echo test|npm_config_strict_ssl=false npm ci|DEF=456 echo lol;
RUN ABC=123 echo test |npm_config_strict_ssl=false npm ci| DEF=456 echo lol;

RUN ABC=123      echo test;       NPM_CONFIG_STRICT_SSL=false         npm ci ;     DEF=456          echo lol;
RUN ABC=123      echo test ;       NPM_CONFIG_STRICT_SSL=false         npm ci;     DEF=456          echo lol;
`;
  const runWhitespace = raw`FROM node:18s
RUN TEST_123="456"        NPM_CONFIG_STRICT_SSL=false  npm install
RUN TEST_123='456'        NPM_CONFIG_STRICT_SSL="false"  npm install
RUN TEST_123=456        NPM_CONFIG_STRICT_SSL='false'  npm install

RUN TEST_123="456"        npm_config_strict_ssl=false      TEST="lol"    npm install
RUN TEST_123='456'        npm_config_strict_ssl="false"    TEST="lol"    npm install
RUN TEST_123=456          npm_config_strict_ssl='false'    TEST="lol"    npm install

RUN NPM_CONFIG_STRICT_SSL=false      TEST="lol"    npm install
RUN NPM_CONFIG_STRICT_SSL="false"    TEST="lol"    npm install
RUN NPM_CONFIG_STRICT_SSL='false'    TEST="lol"    npm install
`;
  const pass = raw`FROM node:18
ENV NPM_CONFIG_STRICT_SSL=true
ENV NPM_CONFIG_STRICT_SSL true
ENV NPM_CONFIG_STRICT_SSL Nyota_Uhura
ARG NPM_CONFIG_STRICT_SSL=true
ARG NPM_CONFIG_STRICT_SSL true
ARG NPM_CONFIG_STRICT_SSL James_Tiberius_Kirk
ENV LOL=123 ASDFNPM_CONFIG_STRICT_SSL=false
ENV ASDFNPM_CONFIG_STRICT_SSL=false LOL=321
ENV LOL=123 \
    ASDFNPM_CONFIG_STRICT_SSL="false"
ENV LOL=321 NPM_CONFIG_STRICT_SSL=true
ENV NPM_CONFIG_STRICT_SSL      "true"
ARG NPM_CONFIG_STRICT_SSLLOL=false

ENV npm_config_strict_ssl=true
ENV npm_config_strict_ssl true
ENV npm_config_strict_ssl Nyota_Uhura
ARG npm_config_strict_ssl=true
ARG npm_config_strict_ssl true
ARG npm_config_strict_ssl James_Tiberius_Kirk
ENV LOL=123 asdfnpm_config_strict_ssl=false
ENV asdfnpm_config_strict_ssl=false LOL=321
ENV LOL=123 \
    asdfnpm_config_strict_ssl="false"
ENV LOL=321 npm_config_strict_ssl=true
ENV npm_config_strict_ssl      "true"
ARG npm_config_strict_ssllol=false

RUN npm install
RUN NPM_CONFIG_STRICT_SSL=true npm install
RUN NPM_CONFIG_STRICT_SSL="true" npm install
RUN NPM_CONFIG_STRICT_SSL='true' npm install
RUN NPM_CONFIG_STRICT_SSL="false\"" npm install
RUN NPM_CONFIG_STRICT_SSL='false\'' npm install
RUN LOL=Spok \
    ASDFNPM_CONFIG_STRICT_SSL="false" npm install
RUN LOL=123 NPM_CONFIG_STRICT_SSL=true npm install
RUN NPM_CONFIG_STRICT_SSLLOL=false npm install

RUN npm_config_strict_ssl=true npm install
RUN npm_config_strict_ssl="true" npm install
RUN npm_config_strict_ssl='true' npm install
RUN npm_config_strict_ssl="false\"" npm install
RUN npm_config_strict_ssl='false\'' npm install
RUN LOL=Spok \
    asdfnpm_config_strict_ssl="false" npm install
RUN LOL=123 npm_config_strict_ssl=true npm install
RUN npm_config_strict_ssllol=false npm install
`;
  envVarTable(
    "CKV2_DOCKER_12",
    "EnvNpmConfigStrictSsl",
    // Checkov expects every line; `ARG NAME value` declares two args without defaults, which set nothing (rule doc)
    { name: "fail/Dockerfile.basic", code: basic, expected: withoutArgPairs(basic) },
    { runBasic, runQuotes, runShell, runWhitespace },
    [{ name: "pass/Dockerfile", code: pass, expected: [] }],
  );
}

{
  const npm = `FROM node:18
RUN npm config set strict-ssl=false
RUN npm config set "strict-ssl"=false
RUN npm config set 'strict-ssl'=false

RUN npm config set strict-ssl="false"
RUN npm config set "strict-ssl"="false"
RUN npm config set 'strict-ssl'="false"

RUN npm config set strict-ssl='false'
RUN npm config set "strict-ssl"='false'
RUN npm config set 'strict-ssl'='false'

RUN npm config set strict-ssl false
RUN npm config set "strict-ssl" false
RUN npm config set 'strict-ssl' false

RUN npm      config     set      strict-ssl     false
RUN npm      config     set     "strict-ssl"   "false"
RUN npm      config     set     'strict-ssl'   'false'

RUN npm set strict-ssl false
RUN npm set "strict-ssl" false
RUN npm set 'strict-ssl' false

RUN npm      set      strict-ssl     false
RUN npm      set     "strict-ssl"   "false"
RUN npm      set     'strict-ssl'   'false'

RUN npm c set strict-ssl false`;
  const wilderness = raw`FROM node:18
RUN set -eux \
    &&  if [[ -n "${"${NPM_PROXY}"}" ]]; then \
          npm config set proxy       $NPM_PROXY; \
          npm config set https-proxy $NPM_PROXY; \
          npm config set strict-ssl  false; \
        fi \
    &&  npm install npm-proxy-cache -g
RUN npm config set "strict-ssl" false
RUN npm config set strict-ssl false
RUN npm config set strict-ssl false -g
RUN yarn config set strict-ssl false --global
RUN npm set strict-ssl false && npm install --only=development
RUN npm set strict-ssl false --global
RUN yarn config set strict-ssl false
RUN npm set strict-ssl false  && npm install -g serve`;
  const yarn = `FROM node:18
RUN yarn config set strict-ssl="false"
RUN yarn config set "strict-ssl"="false"
RUN yarn config set 'strict-ssl'="false"

RUN yarn config set strict-ssl='false'
RUN yarn config set "strict-ssl"='false'
RUN yarn config set 'strict-ssl'='false'

RUN yarn config set strict-ssl=false
RUN yarn config set "strict-ssl"=false
RUN yarn config set 'strict-ssl'=false

RUN yarn config set strict-ssl false
RUN yarn config set "strict-ssl" false
RUN yarn config set 'strict-ssl' false

RUN yarn      config     set      strict-ssl    "false"
RUN yarn      config     set     "strict-ssl"   'false'
RUN yarn      config     set     'strict-ssl'    false

RUN yarn set strict-ssl false
RUN yarn set "strict-ssl" false
RUN yarn set 'strict-ssl' false

RUN yarn      set      strict-ssl    'false'
RUN yarn      set     "strict-ssl"    false
RUN yarn      set     'strict-ssl'   "false"
`;
  const pass = raw`FROM node:18
RUN npm config set strict-ssl=true
RUN yarn config set "strict-ssl"=true
RUN npm config set 'strict-ssl'=true

RUN npm config set strict-ssl true
RUN yarn config set "strict-ssl" true
RUN npm config set 'strict-ssl' true

RUN yarn      config     set      strict-ssl     true
RUN npm      config     set     "strict-ssl"    true
RUN yarn      config     set     'strict-ssl'    true

RUN npm set strict-ssl true
RUN yarn set "strict-ssl" true
RUN npm set 'strict-ssl' true

RUN yarn      set      strict-ssl     true
RUN npm      set     "strict-ssl"    true
RUN yarn      set     'strict-ssl'    true

RUN npm config set audit false
RUN yarn config set audit false

RUN npm set audit false
RUN yarn set audit false

RUN npm config set strict-ssl true || false
RUN yarn config set strict-ssl true || false

RUN npm config get strict-ssl || false
RUN yarn config get strict-ssl || false

RUN npm install strict-ssl false
RUN yarn install strict-ssl false

RUN true && npm install strict-ssl true || false
RUN echo false | yarn install strict-ssl true > out.txt

RUN npm  \
    set   \
    strict-ssl  \
    true && gcc -Wpedantic less.c`;
  table("checkov", "CKV2_DOCKER_13", "RunNpmConfigSetStrictSsl", [
    { name: "fail/Dockerfile.npm", code: npm, expected: every(npm, "RUN") },
    { name: "fail/Dockerfile.wilderness", code: wilderness, expected: every(wilderness, "RUN") },
    { name: "fail/Dockerfile.yarn", code: yarn, expected: every(yarn, "RUN") },
    { name: "pass/Dockerfile", code: pass, expected: [] },
  ]);
}

{
  const basic = `FROM alpine:3.5
ENV GIT_SSL_NO_VERIFY 0
ENV GIT_SSL_NO_VERIFY=0
ENV GIT_SSL_NO_VERIFY="0"
ENV GIT_SSL_NO_VERIFY='0'
ARG GIT_SSL_NO_VERIFY=0
ARG GIT_SSL_NO_VERIFY="0"
ARG GIT_SSL_NO_VERIFY='0'
ARG GIT_SSL_NO_VERIFY 0
ENV LOL=123 GIT_SSL_NO_VERIFY=0
ENV GIT_SSL_NO_VERIFY=0 LOL=123
ENV GIT_SSL_NO_VERIFY    0
ARG GIT_SSL_NO_VERIFY    0
`;
  const wilderness = raw`FROM alpine:3.5
ENV GIT_SSL_NO_VERIFY=1
ENV GIT_SSL_NO_VERIFY true
RUN export GIT_SSL_NO_VERIFY=1
ARG GIT_SSL_NO_VERIFY=true
RUN     GIT_SSL_NO_VERIFY=1 git clone https://github.com/bridgecrewio/checkov.git
ENV GIT_SSL_NO_VERIFY ${"${GIT_SSL_NO_VERIFY}"}
RUN export GIT_SSL_NO_VERIFY=1 && git clone --depth 1 https://github.com/bridgecrewio/checkov.git
RUN cd $HOME && export GIT_SSL_NO_VERIFY=true \
    && git clone https://github.com/bridgecrewio/checkov.git
RUN GIT_SSL_NO_VERIFY=yes \
    git clone https://github.com/bridgecrewio/checkov.git
RUN apk add git && GIT_SSL_NO_VERIFY=true git clone https://github.com/bridgecrewio/checkov.git
ENV GO111MODULE=on \
    CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64 \
    GIT_SSL_NO_VERIFY=1
RUN export DEBIAN_FRONTEND='noninteractive' && \
    export GIT_SSL_NO_VERIFY=1 && echo Hybrid_Theory`;
  const pass = raw`FROM alpine:3.5
ENV ASDFGIT_SSL_NO_VERIFY=1
ENV ASDFGIT_SSL_NO_VERIFY 1
ENV ASDFGIT_SSL_NO_VERIFY Meteora
ARG GIT_SSL_NO_VERIFYASDF=1
ARG GIT_SSL_NO_VERIFYASDF 1
ARG GIT_SSL_NO_VERIFYASDF Meteora
ENV LP=Meteora ASDFGIT_SSL_NO_VERIFY=0
ENV ASDFGIT_SSL_NO_VERIFY=0 LP=Meteora
ENV LP=Meteora \
    ASDFGIT_SSL_NO_VERIFY=0
ENV LP=Meteora GIT_SSL_NO_VERIFYASDF=1

RUN unset GIT_SSL_NO_VERIFY
RUN git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY=1 git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY="1" git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY='1' git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY="0\"" git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY='0\'' git clone https://github.com/bridgecrewio/checkov.git awesome
RUN LP=Meteora \
    ASDFGIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git awesome
RUN LP=Meteora GIT_SSL_NO_VERIFYASDF=1 git clone https://github.com/bridgecrewio/checkov.git awesome
RUN GIT_SSL_NO_VERIFYASDF=0 git clone https://github.com/bridgecrewio/checkov.git awesome
`;
  envVarTable(
    "CKV2_DOCKER_14",
    "EnvGitSslNoVerify",
    // Checkov expects every line; `ARG NAME value` declares two args without defaults, which set nothing (rule doc)
    { name: "fail/Dockerfile.basic", code: basic, expected: withoutArgPairs(basic) },
    envVarFiles(
      "GIT_SSL_NO_VERIFY",
      "0",
      "alpine:3.15",
      "git clone https://github.com/bridgecrewio/checkov.git",
    ),
    [
      {
        name: "fail/Dockerfile.wilderness",
        code: wilderness,
        expected: every(wilderness, "ENV", "ARG", "RUN"),
      },
      { name: "pass/Dockerfile", code: pass, expected: [] },
    ],
  );
}

{
  const values = ["0", "false", "no"];
  const dnf = (v: string[]) => `FROM fedora:rawhide

RUN dnf-config-manager --save --setopt=sslverify=${v[0]}
RUN dnf-config-manager --save --setopt=sslverify=${v[1]}
RUN dnf-config-manager --save --setopt=sslverify=${v[2]}

RUN dnf-config-manager --setopt=sslverify=${v[3]} --save
RUN dnf-config-manager --setopt=sslverify=${v[4]} --save
RUN dnf-config-manager --setopt=sslverify=${v[5]} --save

RUN dnf-config-manager --save --setopt=something.sslverify=${v[6]}
RUN dnf-config-manager --save --setopt=something.sslverify=${v[7]}
RUN dnf-config-manager --save --setopt=something.sslverify=${v[8]}

RUN dnf-config-manager --setopt=something.sslverify=${v[9]} --save
RUN dnf-config-manager --setopt=something.sslverify=${v[10]} --save
RUN dnf-config-manager --setopt=something.sslverify=${v[11]} --save
`;
  const dnfConfigManager = dnf([...values, "0", "False", "No", ...values, "0", "False", "no"]);
  const whitespace = `FROM fedora:rawhide

RUN yum config-manager --save --setopt=sslverify=0
RUN yum           config-manager           --save           --setopt=sslverify=0

RUN dnf config-manager --save --setopt=sslverify=0
RUN dnf           config-manager           --save           --setopt=sslverify=0
`;
  const wilderness = `FROM rolex:submariner

RUN yum-config-manager --save --setopt=boca.sslverify=0 boca
RUN yum-config-manager --setopt="epel.sslverify=0" --save
RUN yum-config-manager --save --setopt=something-base.sslverify=0
RUN yum-config-manager --setopt=sslverify=false --save
RUN yum-config-manager --save --setopt=kubernetes.sslverify=false
`;
  const yumConfigManager = raw`FROM fedora:rawhide

RUN yum-config-manager --save --setopt=\*.sslverify=0
RUN yum-config-manager --save --setopt=\*.sslverify=false
RUN yum-config-manager --save --setopt=\*.sslverify=no

RUN yum-config-manager --setopt=\*.sslverify=0 --save
RUN yum-config-manager --setopt=\*.sslverify=false --save
RUN yum-config-manager --setopt=\*.sslverify=no --save

RUN yum-config-manager --save --setopt=sslverify='0'
RUN yum-config-manager --save --setopt=sslverify='False'
RUN yum-config-manager --save --setopt=sslverify='no'

RUN yum-config-manager --save --setopt=sslverify="0"
RUN yum-config-manager --save --setopt=sslverify="false"
RUN yum-config-manager --save --setopt=sslverify="No"

RUN yum-config-manager \
    --setopt=sslverify=0 \
    --save

RUN echo "prodsec" && yum-config-manager --setopt="lol.sslverify"=0 --save
RUN echo "prodsec" && yum-config-manager --setopt="lol.sslverify=no" --save

RUN echo "prodsec" && yum-config-manager --setopt='lol.sslverify'=False --save
RUN echo "prodsec" && yum-config-manager --setopt='lol.sslverify=false' --save
`;
  const pass = raw`FROM fedora:rawhide
RUN yum-config-manager --disable updates
RUN yum-config-manager --disable sslverify
RUN yum-config-manager --disable \* &> /dev/null
RUN yum-config-manager --setopt=install_weak_deps=False --save
RUN yum-config-manager --save --setopt=proxy=http://example.com >/dev/null
RUN yum-config-manager --save --setopt=something-base.sslverify=1
RUN yum-config-manager --save --setopt=something-base.sslverify=true
RUN yum-config-manager --save --setopt=something-base.sslverify=on
RUN yum-config-manager --save --setopt=sslverify=1
RUN yum-config-manager --save --setopt=sslverify=true
RUN yum-config-manager --save --setopt=sslverify=yes
RUN yum-config-manager --save --setopt=notthedroids=0
RUN yum-config-manager --save --setopt=yourelookingfor=false
RUN yum-config-manager --save --setopt=thesearenot=no
RUN yum-config-manager --setopt=sslverify=yes --add-repo https://example.com/yummy.repo
RUN yum-config-manager --save --setopt=install_weak_deps=False | echo "--setopt=something-base.sslverify=0"
RUN yum-config-manager --save --setopt=install_weak_deps=False && echo "--setopt=main.sslverify=0"
RUN yum-config-manager --save --setopt=install_weak_deps=False || echo "--setopt=sslverify=0"
`;
  table("checkov", "CKV2_DOCKER_15", "RunYumConfigManagerSslVerify", [
    {
      name: "fail/Dockerfile.dnf-config-manager",
      code: dnfConfigManager,
      expected: every(dnfConfigManager, "RUN"),
    },
    { name: "fail/Dockerfile.whitespace", code: whitespace, expected: every(whitespace, "RUN") },
    { name: "fail/Dockerfile.wilderness", code: wilderness, expected: every(wilderness, "RUN") },
    {
      name: "fail/Dockerfile.yum-config-manager",
      code: yumConfigManager,
      expected: every(yumConfigManager, "RUN"),
    },
    { name: "pass/Dockerfile", code: pass, expected: [] },
  ]);
}

{
  const envvars = `FROM python:3
ENV PIP_TRUSTED_HOST pypi.python.org
ENV PIP_TRUSTED_HOST=pypi.python.org
ENV PIP_TRUSTED_HOST="pypi.python.org"
ENV PIP_TRUSTED_HOST='pypi.python.org'
ARG PIP_TRUSTED_HOST=pypi.python.org
ARG PIP_TRUSTED_HOST="pypi.python.org"
ARG PIP_TRUSTED_HOST='pypi.python.org'
ARG PIP_TRUSTED_HOST pypi.python.org
ENV LOL=123 PIP_TRUSTED_HOST=pypi.python.org
ENV PIP_TRUSTED_HOST=pypi.python.org LOL=123
ENV PIP_TRUSTED_HOST    pypi.python.org
ARG PIP_TRUSTED_HOST    pypi.python.org
`;
  const run = raw`FROM python:3
RUN export PIP_TRUSTED_HOST=pypi.python.org && pip install checkov
RUN export PIP_TRUSTED_HOST="pypi.python.org" && pip install checkov
RUN export PIP_TRUSTED_HOST='pypi.python.org' && pip install checkov

RUN PIP_TRUSTED_HOST=pypi.python.org pip install checkov
RUN PIP_TRUSTED_HOST="pypi.python.org" pip install checkov
RUN PIP_TRUSTED_HOST='pypi.python.org' pip install checkov

RUN PIP_TRUSTED_HOST=pypi.python.org CHECKOV=AWESOME pip install checkov
RUN PIP_TRUSTED_HOST="pypi.python.org" CHECKOV="AWESOME" pip install checkov
RUN PIP_TRUSTED_HOST='pypi.python.org' CHECKOV='AWESOME' pip install checkov

RUN CHECKOV=AWESOME PIP_TRUSTED_HOST=pypi.python.org pip install checkov
RUN CHECKOV="AWESOME" PIP_TRUSTED_HOST="pypi.python.org" pip install checkov
RUN CHECKOV='AWESOME' PIP_TRUSTED_HOST='pypi.python.org' pip install checkov

RUN TEST_123="456" PIP_TRUSTED_HOST=pypi.python.org geordi="la forge" pip install checkov
RUN TEST_123='456' PIP_TRUSTED_HOST="pypi.python.org" geordi='la forge' pip install checkov
RUN TEST_123=456 PIP_TRUSTED_HOST='pypi.python.org' geordi="la forge" pip install checkov

RUN TEST_123="456" \
    PIP_TRUSTED_HOST=pypi.python.org \
    EXAMPLE="VAR" \
    pip install checkov
RUN TEST_123='456' \
    PIP_TRUSTED_HOST="pypi.python.org" \
    EXAMPLE='VAR' \
    pip install checkov
RUN \
    TEST_123=456\
    PIP_TRUSTED_HOST='pypi.python.org' \
    EXAMPLE="VAR" \
    pip install checkov
`;
  const pass = raw`FROM python:3
RUN pip3 install checkov
RUN PIP_TRUSTED_HOSTASDF=test pip install checkov
RUN ASDFPIP_TRUSTED_HOST=test pip install checkov
RUN echo PIP_TRUSTED_HOST | pip install checkov &&\
    echo "PIP_TRUSTED_HOST"
`;
  table("checkov", "CKV2_DOCKER_16", "EnvPipTrustedHost", [
    // Checkov expects every line; `ARG NAME value` declares two args without defaults, which set nothing (rule doc)
    { name: "fail/Dockerfile.envvars", code: envvars, expected: withoutArgPairs(envvars) },
    { name: "fail/Dockerfile.run", code: run, expected: every(run, "RUN") },
    { name: "pass/Dockerfile", code: pass, expected: [] },
  ]);
}

table("checkov", "CKV2_DOCKER_17", "RunChpasswd", [
  {
    name: "fail/Dockerfile",
    code: raw`FROM ubuntu:20.04
RUN echo 'root:root' | chpasswd
RUN echo 'root:' | chpasswd
RUN apt-get update && echo "someuser:somepasswd" | chpasswd && echo "lol"
RUN apt-get update ;\
    apt-get clean ; \
    echo 'root:root' | chpasswd
RUN chpasswd < input.txt`,
    expected: [2, 3, 4, 5, 8],
  },
  { name: "pass/Dockerfile", code: "FROM ubuntu:20.04\nRUN chgrp root /etc/passwd", expected: [] },
]);

// ---------------------------------------------------------------------------------------------
// Trivy: checks/docker/*_test.rego

table("trivy", "DS-0001", "latest_tag_test.rego", [
  { name: "test_allowed", code: "FROM openjdk:8u292-oracle\n", expected: [] },
  { name: "test_latest_tag_denied", code: "FROM openjdk:latest\n", expected: [1] },
  // Trivy expects a denial; image-tag-latest reports only `:latest`, an untagged image is image-untagged's (DL3006), which does not carry DS-0001 (reported)
  { name: "test_no_tag_denied", code: "FROM openjdk\n", expected: [] },
  { name: "test_scratch_allowed", code: "FROM scratch\n", expected: [] },
  {
    name: "test_with_variables_allowed",
    code: 'FROM alpine:3.5\nARG IMAGE=alpine:3.12\nFROM $IMAGE\nCMD ["python", "/usr/src/app/app.py"]\n',
    expected: [],
  },
  {
    name: "test_with_variables_denied",
    code: 'FROM alpine:3.5\nARG IMAGE=all-in-one\nFROM $IMAGE\nCMD ["python", "/usr/src/app/app.py"]\n',
    // Trivy expects a denial; a stage's ARG does not reach a later FROM (BuildKit scoping), and `all-in-one` is untagged, not `:latest` (reported)
    expected: [],
  },
  {
    name: "test_multi_stage_allowed",
    code: "FROM golang:1.15 as builder\nRUN apt-get update\nFROM alpine:3.13\n",
    expected: [],
  },
  {
    name: "test_multi_stage_base_alias_allowed",
    code: "FROM node:14.18.1-bullseye as dependencies\nRUN apt-get update\nFROM dependencies as build\n",
    expected: [],
  },
  {
    name: "test_multi_stage_denied",
    code: "FROM node:14.18.1-bullseye as dependencies\nRUN apt-get update\nFROM alpine:latest\n",
    expected: [3],
  },
  {
    name: "test_multi_stage_no_tag_denied",
    code: "FROM node:14.18.1-bullseye as dependencies\nRUN apt-get update\nFROM alpine\n",
    // Trivy expects a denial; image-tag-latest reports only `:latest`, an untagged image is image-untagged's (DL3006), which does not carry DS-0001 (reported)
    expected: [],
  },
  {
    name: "test_deny_latest_tag_ref_to_global_arg_with_default_value",
    code: 'ARG TAG="latest"\nFROM foo:${TAG}\n',
    expected: [2],
  },
  {
    name: "test_allow_tag_ref_to_global_arg_without_default_value",
    code: "ARG TAG\nFROM foo:${TAG}\n",
    expected: [],
  },
  {
    name: "test_deny_image_ref_to_global_arg_without_default_value",
    code: "ARG REGISTRY\nFROM ${REGISTRY}/ubuntu\n",
    // Trivy expects a denial; image-tag-latest reports only `:latest`, an untagged image is image-untagged's (DL3006), which does not carry DS-0001 (reported)
    expected: [],
  },
  {
    name: "test_deny_global_arg_is_overrided_to_latest",
    code: "ARG TAG=test\nARG TAG=latest\nFROM foo:${TAG}\nFROM bar:${TAG}\n",
    // Trivy expects only foo; written as a Dockerfile both ARGs are global, so TAG=latest reaches bar's FROM too
    expected: [3, 4],
  },
  {
    name: "test_deny_image_ref_to_multiple_args_but_tag_latest",
    code: "ARG REPO=repo\nARG IMAGE=image\nFROM $REPO/$IMAGE:latest\n",
    expected: [3],
  },
  // Trivy expects a denial; image-tag-latest reports only `:latest`, an untagged image is image-untagged's (DL3006), which does not carry DS-0001 (reported)
  { name: "test_deny_empty_tag_arg", code: "ARG TAG\nFROM alpine$TAG\n", expected: [] },
  // Trivy expects a denial; image-tag-latest reports only `:latest`, an untagged image is image-untagged's (DL3006), which does not carry DS-0001 (reported)
  { name: "test_deny_missing_tag_arg", code: "FROM alpine$TAG\n", expected: [] },
]);

table("trivy", "DS-0002", "root_user_test.rego", [
  { name: "test_not_root_allowed", code: "FROM alpine:3.13\nUSER user1 user2\n", expected: [] },
  { name: "test_last_non_root_allowed", code: "FROM alpine:3.13\nUSER root\nUSER user1\n", expected: [] },
  { name: "test_no_user_cmd_denied", code: "FROM alpine:3.13\nEXPOSE 22\n", expected: { count: 1 } },
  {
    name: "test_last_root_denied",
    code: "FROM alpine:3.13\nRUN apt-get update\nUSER user1\nRUN apt-get update\nUSER root\nRUN apt-get update\n",
    expected: [5],
  },
  { name: "test_last_root_case_2", code: "FROM alpine:3.13\nUSER user1\nUSER root\n", expected: [3] },
  {
    name: "test_last_root_with_group_denied",
    code: "FROM alpine:3.13\nUSER user1\nUSER root:root\n",
    expected: [3],
  },
  {
    name: "test_last_root_as_uid_number_denied",
    code: "FROM alpine:3.13\nUSER user1\nUSER 0\n",
    expected: [3],
  },
  {
    name: "test_last_root_as_uid_number_with_group_denied",
    code: "FROM alpine:3.13\nUSER user1\nUSER 0:0\n",
    expected: [3],
  },
  { name: "test_empty_user_denied", code: "FROM alpine:3.13\nUSER\n", expected: { count: 1 } },
  {
    name: "test_multi_stage_build_allowed_if_last_stage_uses_non_root",
    code: "FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nUSER user1\n",
    expected: [],
  },
  {
    name: "test_multi_stage_build_denied_if_last_stage_does_not_specify_user",
    code: "FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nCOPY blah.zip\n",
    expected: { count: 1 },
  },
]);

table("trivy", "DS-0004", "port22_test.rego", [
  { name: "test_denied", code: "FROM alpine:3.13\nEXPOSE 22\n", expected: [2] },
  { name: "test_tcp_denied", code: "FROM alpine:3.13\nEXPOSE 22/tcp\n", expected: [2] },
  { name: "test_allowed", code: "FROM alpine:3.13\nEXPOSE 8080\n", expected: [] },
]);

table("trivy", "DS-0005", "add_instead_of_copy_test.rego", [
  {
    name: "test_mixed_commands_denied",
    code: "FROM alpine:3.13\nADD /target/resources.tar.gz resources.jar\nADD /target/app.jar app.jar\n",
    expected: [3],
  },
  { name: "test_add_command_denied", code: "FROM alpine:3.13\nADD /target/app.jar app.jar\n", expected: [2] },
  {
    name: "test_run_allowed",
    code: "FROM alpine:3.13\nRUN tar -xjf /temp/package.file.tar.gz\n",
    expected: [],
  },
  { name: "test_copy_allowed", code: "FROM alpine:3.13\nCOPY test.txt test2.txt\n", expected: [] },
  {
    name: "test_add_file_colon_in_allowed",
    code: "FROM alpine:3.13\nADD file:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in /xyz\n",
    // Trivy expects a pass; `file:<sha> in` is image-history notation, in a Dockerfile it is an ADD of local files (rule doc)
    expected: [2],
  },
  {
    name: "test_add_multi_colon_in_allowed",
    code: "FROM alpine:3.13\nADD multi:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in /xyz\n",
    // Trivy expects a pass; `file:<sha> in` is image-history notation, in a Dockerfile it is an ADD of local files (rule doc)
    expected: [2],
  },
  {
    name: "test_add_tar_allowed",
    code: "FROM alpine:3.13\nADD /target/resources.tar.gz resources.tar.gz\n",
    expected: [],
  },
  {
    name: "test_add_http_url_allowed",
    code: "FROM alpine:3.13\nADD http://example.com/foo.txt bar.txt\n",
    expected: [],
  },
  {
    name: "test_add_https_url_allowed",
    code: "FROM alpine:3.13\nADD https://example.com/foo.txt bar.txt\n",
    expected: [],
  },
  {
    name: "test_add_git_url_allowed",
    code: "FROM alpine:3.13\nADD git@github.com:user/repo.git /usr/src/things/\n",
    expected: [],
  },
]);

table("trivy", "DS-0006", "copy_from_references_current_from_alias_test.rego", [
  {
    name: "test_basic_denied",
    code: 'FROM golang:1.7.3 as dep\nCOPY --from=dep /binary /\nFROM alpine:latest\nENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]\n',
    expected: [2],
  },
  {
    name: "test_deny_stage_name_non_lowercase",
    code: "FROM golang:1.18 as Builder\nCOPY --from=builder /binary /\n",
    expected: [2],
  },
  {
    name: "test_extra_spaces_denied",
    code: 'FROM golang:1.7.3 as   dep\nCOPY --from=dep /binary /\nFROM alpine:latest\nENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]\n',
    expected: [2],
  },
  {
    name: "test_basic_allowed",
    code: `FROM golang:1.7.3 AS builder
WORKDIR /go/src/github.com/alexellis/href-counter/
RUN go get -d -v golang.org/x/net/html
COPY app.go .
RUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .
# another dockerfile
FROM alpine:latest
RUN apk --no-cache add ca-certificates
WORKDIR /root/
COPY --from=builder /go/src/github.com/alexellis/href-counter/app .
CMD ["./app"]
`,
    expected: [],
  },
  {
    name: "test_duplicate_allowed",
    code: "FROM golang:1.7.3\nCOPY --from=dep /binary /\nFROM golang:1.7.3\nCOPY --from=0 app/ /app/\n",
    expected: [],
  },
]);

table("trivy", "DS-0007", "multiple_entrypoint_instructions_listed_test.rego", [
  {
    name: "test_denied",
    code: `FROM golang:1.7.3
ENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]
ENTRYPOINT ["/opt/app/run.sh", "--port", "8000"]
FROM alpine:latest
ENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]
`,
    expected: { count: 1 },
  },
  {
    name: "test_allowed",
    code: `FROM golang:1.7.3
ENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]
FROM alpine:latest
ENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]
`,
    expected: [],
  },
]);

table("trivy", "DS-0008", "unix_ports_out_of_range_test.rego", [
  {
    name: "test_denied",
    code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\nEXPOSE 65536/tcp 80 443 22\nCMD ["nginx", "-g", "daemon off;"]\n',
    expected: [3],
  },
  {
    name: "test_allowed",
    code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\nEXPOSE 65530/tcp 80 443 22\nCMD ["nginx", "-g", "daemon off;"]\n',
    expected: [],
  },
]);

table("trivy", "DS-0009", "workdir_path_not_absolute_test.rego", [
  {
    name: "test_basic_denied",
    code: "FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /path/to/workdir\nWORKDIR workdir\n",
    expected: [4],
  },
  { name: "test_no_work_dir_allowed", code: "FROM alpine:3.3\nRUN apk --no-cache add nginx\n", expected: [] },
  {
    name: "test_absolute_work_dir_allowed",
    code: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR /path/to/workdir\n",
    expected: [],
  },
  {
    name: "test_absolute_work_dir_with_quotes_allowed",
    code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR "/path/to/workdir"\n',
    expected: [],
  },
]);

table("trivy", "DS-0010", "run_using_sudo_test.rego", [
  {
    name: "test_basic_denied",
    code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo pip install --upgrade pip\nCMD ["python", "/usr/src/app/app.py"]\n',
    expected: [3],
  },
  // Trivy's input repeats the keyword inside the value ("RUN apk add ..."); the Dockerfile it stands for has it once.
  {
    name: "test_chaining_denied",
    code: "FROM alpine:3.5\nRUN apk add bash && sudo pip install --upgrade pip\n",
    expected: [2],
  },
  {
    name: "test_multi_vuls_denied",
    code: "FROM alpine:3.5\nRUN sudo pip install --upgrade pip\nRUN apk add bash && sudo pip install --upgrade pip\n",
    expected: [2, 3],
  },
  {
    name: "test_basic_allowed",
    code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN apt-get install sudo\nCMD ["python", "/usr/src/app/app.py"]\n',
    expected: [],
  },
]);

table("trivy", "DS-0011", "copy_with_more_than_two_arguments_not_ending_with_slash_test.rego", [
  {
    name: "test_basic_denied",
    code: "FROM node:carbon2\nCOPY package.json yarn.lock my_app\n",
    expected: [2],
  },
  { name: "test_two_args_allowed", code: "FROM node:carbon2\nCOPY package.json yarn.lock\n", expected: [] },
  {
    name: "test_three_args_with_file_colon_in_allowed",
    code: "FROM node:carbon2\nCOPY file:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in myfile\n",
    // Trivy expects a pass; `file:<sha> in` is image-history notation, in a Dockerfile it is a COPY of two sources to a file (rule doc)
    expected: [2],
  },
  {
    name: "test_three_args_with_multi_colon_in_allowed",
    code: "FROM node:carbon2\nCOPY multi:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in myfile\n",
    // Trivy expects a pass; `file:<sha> in` is image-history notation, in a Dockerfile it is a COPY of two sources to a file (rule doc)
    expected: [2],
  },
  {
    name: "test_three_arg_allowed",
    code: "FROM node:carbon2\nCOPY package.json yarn.lock myapp/\n",
    expected: [],
  },
]);

// Trivy takes aliases from each stage's Name (its FROM line as written), so the FROM lines below are the Names.
table("trivy", "DS-0012", "same_alias_in_different_froms_test.rego", [
  {
    name: "test_basic_denied",
    code: "FROM baseImage as bi\nRUN Test\nFROM debian:jesse2 as build\nRUN stuff\nFROM debian:jesse1 as build\nRUN more_stuff\n",
    expected: { count: 1 },
  },
  {
    name: "test_missed_alias_denied",
    code: "FROM baseImage\nRUN Test\nFROM debian:jesse2 as build\nRUN stuff\nFROM debian:jesse1 as build\nRUN more_stuff\n",
    expected: { count: 1 },
  },
  {
    name: "test_no_alias_allowed",
    code: "FROM baseImage\nRUN Test\nFROM debian:jesse2\nRUN stuff\n",
    expected: [],
  },
  {
    name: "test_extra_spaces_denied",
    code: "FROM baseImage\nRUN Test\nFROM debian:jesse2 as build\nRUN stuff\nFROM debian:jesse1 as    build\nRUN more_stuff\n",
    expected: { count: 1 },
  },
  {
    name: "test_basic_allowed",
    code: "FROM baseImage\nRUN Test\nFROM debian:jesse2 as build2\nRUN stuff\nFROM debian:jesse1 as build1\nRUN more_stuff\n",
    expected: [],
  },
]);

{
  const cmd = `CMD cd /usr/share/nginx/html && sed -e s/Docker/"$AUTHOR"/ Hello_docker.html > index.html ; nginx -g 'daemon off;'`;
  table("trivy", "DS-0013", "run_command_cd_instead_of_workdir_test.rego", [
    { name: "test_basic_denied", code: `FROM nginx\nRUN cd /usr/share/nginx/html\n${cmd}\n`, expected: [2] },
    {
      name: "test_chaining_denied",
      code: `FROM nginx\nENV AUTHOR Docker\nRUN apt-get install vim && cd /usr/share/nginx/html\n${cmd}\n`,
      expected: [3],
    },
    {
      name: "test_basic_allowed",
      code: `FROM nginx\nWORKDIR /usr/share/nginx/html\nCOPY Hello_docker.html /usr/share/nginx/html\n${cmd}\n`,
      expected: [],
    },
  ]);
}

table("trivy", "DS-0014", "run_using_wget_and_curl_test.rego", [
  {
    name: "test_basic_denied",
    code: "FROM debian\nRUN wget http://google.com\nRUN curl http://bing.com\n",
    expected: { count: 1 },
  },
  {
    name: "test_json_array_denied",
    code: 'FROM baseImage\nRUN wget http://google.com\nRUN ["curl", "http://bing.com"]\n',
    expected: { count: 1 },
  },
  {
    name: "test_basic_allowed",
    code: "FROM debian\nRUN curl http://bing.com\nRUN curl http://google.com\n",
    expected: [],
  },
  {
    name: "test_json_array_allowed",
    code: 'FROM debian\nRUN ["curl", "http://bing.com"]\nRUN ["curl", "http://google.com"]\n',
    expected: [],
  },
  {
    name: "test_install_allowed",
    code: "FROM debian\nRUN curl http://bing.com\nRUN apt-get update && apt-get install wget\n",
    expected: [],
  },
  {
    name: "test_multi_stage_allowed",
    code: "FROM alpine\nRUN wget http://google.com\nFROM alpine\nRUN curl http://bing.com\n",
    expected: [],
  },
]);

{
  const tail =
    'RUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\n';
  table("trivy", "DS-0015", "yum_clean_all_missing_test.rego", [
    {
      name: "test_basic_denied",
      code: `FROM alpine:3.5\nRUN yum install vim\n${tail}FROM alpine:3.4\nRUN yum -y install vim && yum clean all\n`,
      expected: [2],
    },
    {
      name: "test_wrong_order_of_commands_denied",
      code: "FROM alpine:3.5\nRUN yum clean all && yum -y install\n",
      expected: [2],
    },
    {
      name: "test_multiple_install_denied",
      code: "FROM alpine:3.5\nRUN yum -y install bash && yum clean all && yum -y install zsh\n",
      // Trivy expects a denial; the rule (hadolint's) accepts a clean anywhere after an install in the RUN (reported)
      expected: [],
    },
    {
      name: "test_multiple_install_allowed",
      code: "FROM alpine:3.5\nRUN yum -y install bash && yum clean all && yum -y install zsh && yum clean all\n",
      expected: [],
    },
    {
      name: "test_basic_allowed",
      code: `FROM alpine:3.5\nRUN yum install && yum clean all\n${tail}FROM alpine:3.4\nRUN yum -y install && yum clean all\n`,
      expected: [],
    },
    {
      name: "test_allow_clean_with_flags",
      code: 'FROM alpine:3.5\nRUN if [ "$TBB" == "default" ]; then  yum -y install tbb tbb-devel && yum clean -y all; fi\n',
      expected: [],
    },
    {
      name: "test_denied_clean_not_all",
      code: "FROM alpine:3.5\nRUN yum -y install bash && yum clean metadata\n",
      expected: [2],
    },
    { name: "test_allow_only_clean", code: "FROM alpine:3.5\nRUN yum clean all\n", expected: [] },
  ]);
}

table("trivy", "DS-0016", "multiple_cmd_instructions_listed_test.rego", [
  {
    name: "test_denied",
    code: "FROM golang:1.7.3\nCMD ./app\nCMD ./apps\nFROM alpine:latest\nCMD ./app\n",
    expected: { count: 1 },
  },
  {
    name: "test_allowed",
    code: "FROM golang:1.7.3\nCMD ./app\nFROM alpine:latest\nCMD ./app\n",
    expected: [],
  },
]);

table("trivy", "DS-0017", "update_instruction_alone_test.rego", [
  {
    name: "test_denied",
    code: 'FROM ubuntu:18.04\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\nENTRYPOINT ["mysql"]\n',
    expected: [2],
  },
  {
    name: "test_json_array_denied",
    code: 'FROM ubuntu:18.04\nRUN ["apt-get", "update"]\nENTRYPOINT ["mysql"]\n',
    expected: [2],
  },
  {
    name: "test_chained_denied",
    code: 'FROM ubuntu:18.04\nRUN apt-get update && adduser mike\nRUN apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\nENTRYPOINT ["mysql"]\n',
    expected: [2],
  },
  {
    name: "test_multiple_package_managers",
    code: 'FROM ubuntu:18.04\nRUN apt-get update -y && apt-get upgrade -y && apt-get install -y curl && apk-update\nENTRYPOINT ["mysql"]\n',
    expected: [],
  },
  {
    name: "test_allowed",
    code: `FROM ubuntu:18.04
RUN apt-get update && apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*
RUN apk update && apk add --no-cache git ca-certificates
RUN apk --update add easy-rsa
RUN /bin/sh /scripts/someScript.sh update
RUN apt-get install -y nginx
ENTRYPOINT ["mysql"]
`,
    expected: [],
  },
  {
    name: "test_allowed_cmds_separated_by_semicolon",
    code: 'FROM ubuntu:18.04\nRUN apt-get update -y ; apt-get install -y curl\nENTRYPOINT ["mysql"]\n',
    expected: [],
  },
  {
    name: "test_allowed_multiple_install_cmds",
    code: 'FROM ubuntu:18.04\nRUN apt-get update -y && apt-get upgrade -y && apt-get install -y curl\nENTRYPOINT ["mysql"]\n',
    expected: [],
  },
  {
    name: "test_allow_upgrade",
    code: "FROM ubuntu:18.04\nRUN test && apt-get update && apt upgrade --yes\n",
    expected: [],
  },
  { name: "test_without_install_cmd_allowed", code: 'FROM alpine:latest\nRUN echo "Test"\n', expected: [] },
  {
    name: "test_non_package_manager_update_allowed",
    code: "FROM maven:alpine\nCOPY build.sbt version.sbt ./\nRUN sbt update \n",
    expected: [],
  },
  { name: "test_dnf_update_denied", code: "FROM centos:8\nRUN dnf update -y\n", expected: [2] },
  {
    name: "test_dnf_update_allowed",
    code: "FROM centos:8\nRUN dnf update && dnf install -y dnf-plugins-core\n",
    expected: [],
  },
  { name: "test_zypper_update_denied", code: "FROM opensuse/tumbleweed\nRUN zypper up -y\n", expected: [2] },
  {
    name: "test_zypper_update_allowed",
    code: "FROM opensuse/tumbleweed\nRUN zypper up -y  && zypper install -y curl wget zip unzip tar git\n",
    expected: [],
  },
  { name: "test_yum_update_denied", code: "FROM centos:latest\nRUN yum update -y\n", expected: [2] },
  {
    name: "test_yum_update_allowed",
    code: "FROM centos:latest\nRUN yum update -y && yum -y install java-11-openjdk\n",
    expected: [],
  },
]);

{
  const healthcheck = "HEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n";
  const setup = raw`set -uex &&     dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo &&     sed -i 's/\$releasever/26/g' /etc/yum.repos.d/docker-ce.repo &&     dnf install -vy docker-ce`;
  table("trivy", "DS-0019", "missing_dnf_clean_all_test.rego", [
    { name: "test_denied", code: `FROM fedora:27\nRUN ${setup}\n${healthcheck}`, expected: [2] },
    {
      name: "test_allowed",
      code: `FROM fedora:27\nRUN ${setup} &&     dnf clean all\n${healthcheck}`,
      expected: [],
    },
    {
      name: "test_wrong_order_of_commands_denied",
      code: "FROM alpine:3.5\nRUN dnf clean all && dnf install -vy docker-ce\n",
      expected: [2],
    },
    {
      name: "test_multiple_install_denied",
      code: "FROM alpine:3.5\nRUN dnf install bash && dnf clean all && dnf install zsh\n",
      // Trivy expects a denial; the rule (hadolint's) accepts a clean anywhere after an install in the RUN (reported)
      expected: [],
    },
    {
      name: "test_multiple_install_allowed",
      code: "FROM alpine:3.5\nRUN dnf install bash && dnf clean all && dnf install zsh && dnf clean all\n",
      expected: [],
    },
  ]);
  table("trivy", "DS-0027", "missing_microdnf_clean_all_test.rego", [
    {
      name: "test_denied",
      code: `FROM ubi8:8.7\nRUN set -uex &&     microdnf install -vy docker-ce\n${healthcheck}`,
      expected: [2],
    },
    {
      name: "test_allowed",
      code: `FROM ubi8:8.7\nRUN set -uex &&      microdnf install -vy docker-ce &&     microdnf clean all\n${healthcheck}`,
      expected: [],
    },
    {
      name: "test_wrong_order_of_commands_denied",
      code: "FROM alpine:3.5\nRUN microdnf clean all && microdnf install -vy docker-ce\n",
      expected: [2],
    },
    {
      name: "test_multiple_install_denied",
      code: "FROM alpine:3.5\nRUN microdnf install bash && microdnf clean all && microdnf install zsh\n",
      // Trivy expects a denial; the rule (hadolint's) accepts a clean anywhere after an install in the RUN (reported)
      expected: [],
    },
    {
      name: "test_multiple_install_allowed",
      code: "FROM alpine:3.5\nRUN microdnf install bash && microdnf clean all && microdnf install zsh && microdnf clean all\n",
      expected: [],
    },
  ]);
  table("trivy", "DS-0020", "missing_zypper_clean_test.rego", [
    { name: "test_denied", code: `FROM busybox:1.0\nRUN zypper install\n${healthcheck}`, expected: [2] },
    // Trivy expects a denial; the rule (hadolint's DL3036) checks `zypper install`/`in` followed by a clean (reported)
    {
      name: "test_patch_denied",
      code: `FROM busybox:1.0\nRUN zypper patch bash\n${healthcheck}`,
      expected: [],
    },
    {
      name: "test_wrong_order_of_commands_denied",
      code: "FROM alpine:3.5\nRUN zypper cc && zypper remove bash\n",
      // Trivy expects a denial; the rule (hadolint's DL3036) checks `zypper install`/`in` followed by a clean (reported)
      expected: [],
    },
    {
      name: "test_multiple_install_denied",
      code: "FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash\n",
      // Trivy expects a denial; the rule (hadolint's DL3036) checks `zypper install`/`in` followed by a clean (reported)
      expected: [],
    },
    {
      name: "test_multiple_install_allowed",
      code: "FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash&& zypper cc\n",
      expected: [],
    },
    {
      name: "test_basic_allowed",
      code: 'FROM alpine:3.5\nRUN zypper install bash && zypper clean\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\n',
      expected: [],
    },
  ]);
}

table("trivy", "DS-0021", "apt_get_missing_yes_flag_to_avoid_manual_input_test.rego", [
  { name: "test_denied", code: "FROM node:12\nRUN apt-get install python=2.7\n", expected: [2] },
  {
    name: "test_json_array_denied",
    code: 'FROM node:12\nRUN ["apt-get", "install", "apt-utils"]\n',
    expected: [2],
  },
  { name: "test_allowed", code: "FROM node:12\nRUN apt-get -fmy install apt-utils\n", expected: [] },
  {
    name: "test_with_short_flags_behind_allowed",
    code: "FROM node:12\nRUN apt-get install -fmy apt-utils\n",
    expected: [],
  },
  {
    name: "test_with_long_flags_behind_allowed",
    code: "FROM node:12\nRUN apt-get install --assume-yes apt-utils\n",
    expected: [],
  },
  {
    name: "test_json_array_short_flag_allowed",
    code: 'FROM node:12\nRUN ["apt-get", "-fmy", "install", "apt-utils"]\n',
    expected: [],
  },
  {
    name: "test_json_array_long_flag_allowed",
    code: 'FROM node:12\nRUN ["apt-get", "--yes", "-q", "install", "apt-utils"]\n',
    expected: [],
  },
  {
    name: "test_chained_allowed",
    code: "FROM node:12\nRUN apt-get update && apt-get -y install apt-utils\n",
    expected: [],
  },
  {
    name: "test_flags_after_pkgs_allowed",
    code: "FROM debian:11-slim\nRUN apt-get update && apt-get install tzdata postgresql-10 -y && rm -rf /var/lib/apt/lists/*\n",
    expected: [],
  },
]);

table("trivy", "DS-0022", "maintainer_is_deprecated_test.rego", [
  { name: "test_denied", code: "FROM fedora:27\nMAINTAINER admin@example.com\n", expected: [2] },
  { name: "test_allowed", code: "FROM fedora:27\n", expected: [] },
]);

table("trivy", "DS-0023", "multiple_healthcheck_instructions_test.rego", [
  {
    name: "test_denied",
    code: "FROM busybox\nHEALTHCHECK CMD curl http://localhost:8080\nHEALTHCHECK CMD /bin/healthcheck\nFROM alpine:latest\nHEALTHCHECK CMD /bin/healthcheck\nCMD ./app\n",
    expected: { count: 1 },
  },
  {
    name: "test_allowed",
    code: "FROM golang:1.7.3\nHEALTHCHECK CMD /bin/healthcheck\nCMD ./app\nFROM alpine:latest\nCMD ./app\n",
    expected: [],
  },
  {
    name: "test_healthcheck_none_allowed",
    code: "FROM golang:1.7.3\nHEALTHCHECK NONE\nCMD ./app\nFROM alpine:latest\nCMD ./app\n",
    expected: [],
  },
]);

{
  const cmd = 'CMD ["python", "/usr/src/app/app.py"]\n';
  table("trivy", "DS-0024", "run_apt_get_dist_upgrade_test.rego", [
    {
      name: "test_denied",
      code: `FROM debian\nRUN apt-get update && apt-get dist-upgrade\n${cmd}`,
      expected: [2],
    },
    {
      name: "test_shortflag_denied",
      code: `FROM debian\nRUN apt-get update && apt-get -q dist-upgrade\n${cmd}`,
      expected: [2],
    },
    {
      name: "test_longflag_denied",
      code: `FROM debian\nRUN apt-get update && apt-get --quiet dist-upgrade\n${cmd}`,
      expected: [2],
    },
    {
      name: "test_allowed",
      code: `FROM debian\nRUN apt-get update && apt-get upgrade\n${cmd}`,
      expected: [],
    },
  ]);
}

{
  const tail =
    'RUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\n';
  table("trivy", "DS-0025", "missing_apk_no_cache_test.rego", [
    // The second stage's RUN has an empty value in Trivy's input.
    {
      name: "test_basic_denied",
      code: `FROM alpine:3.17\nRUN apk add python3\n${tail}FROM alpine:3.4\nRUN\n`,
      expected: [2],
    },
    {
      name: "test_deny_run_is_array",
      code: `FROM alpine:3.17\nRUN ["apk", "add", "python3"]\n${tail}`,
      expected: [2],
    },
    {
      name: "test_wrong_flag_name_denied",
      code: "FROM alpine:3.5\nRUN apk add --no-cacher bash\n",
      expected: [2],
    },
    {
      name: "test_last_no_cache_allowed",
      code: "FROM alpine:3.14\nRUN apk add bash --no-cache\n",
      expected: [],
    },
    {
      name: "test_basic_allowed",
      code: `FROM alpine:3.17\nRUN apk add --no-cache python3\n${tail}`,
      expected: [],
    },
    {
      name: "test_deny_no_cache_flag_with_other_command",
      code: `FROM alpine:3.17\nRUN apk upgrade --no-cache && apk add python3\n${tail}`,
      expected: [2],
    },
  ]);
}

table("trivy", "DS-0026", "no_healthcheck_instruction_test.rego", [
  {
    name: "test_denied",
    code: "FROM busybox\nRUN apt-get -y update\nFROM alpine:latest\nCMD ./app\n",
    // Trivy expects one finding per file; we report each stage without HEALTHCHECK that is not a base of another (reported)
    expected: { count: 2 },
  },
  {
    name: "test_allowed",
    code: "FROM golang:1.7.3\nCMD ./app\nFROM alpine:latest\nHEALTHCHECK CMD /bin/healthcheck\nCMD ./app\n",
    // Trivy expects a pass; we report the golang stage, which has none (reported)
    expected: [1],
  },
]);

table("trivy", "DS-0029", "apt_get_missing_no_install_recommends_test.rego", [
  { name: "test_denied", code: "FROM node:12\nRUN apt-get install -y python=2.7\n", expected: [2] },
  {
    name: "test_json_array_denied",
    code: 'FROM node:12\nRUN ["apt-get", "install", "-y", "apt-utils"]\n',
    expected: [2],
  },
  {
    name: "test_allowed",
    code: "FROM node:12\nRUN apt-get -fmy install --no-install-recommends apt-utils\n",
    expected: [],
  },
  {
    name: "test_with_flag_behind_allowed",
    code: "FROM node:12\nRUN apt-get --no-install-recommends install -fmy apt-utils\n",
    expected: [],
  },
  {
    name: "test_json_array_long_flag_allowed",
    code: 'FROM node:12\nRUN ["apt-get", "--yes", "-q", "--no-install-recommends", "install", "apt-utils"]\n',
    expected: [],
  },
  {
    name: "test_chained_allowed",
    code: "FROM node:12\nRUN apt-get update && apt-get --no-install-recommends -y install apt-utils\n",
    expected: [],
  },
  {
    name: "test_flags_after_pkgs_allowed",
    code: "FROM debian:11-slim\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata postgresql-10 --no-install-recommends && rm -rf /var/lib/apt/lists/*\n",
    expected: [],
  },
]);

table("trivy", "DS-0030", "prevent_sys_workdir_mounts_test.rego", [
  {
    name: "test_basic_denied",
    code: "FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /proc/self/fd/1\n",
    expected: [3],
  },
  { name: "test_no_work_dir_allowed", code: "FROM alpine:3.3\nRUN apk --no-cache add nginx\n", expected: [] },
  {
    name: "test_non_sys_work_dir_allowed",
    code: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR /path/to/workdir\n",
    expected: [],
  },
  {
    name: "test_non_sys_work_dir_similar_to_fs_allowed",
    code: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR /development\n",
    expected: [],
  },
  {
    name: "test_absolute_work_dir_with_quotes_allowed",
    code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR "/path/to/workdir"\n',
    expected: [],
  },
  {
    name: "test_absolute_work_dir_with_quotes_with_sys_dir_denied",
    code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR "/proc/self/fd/1"\n',
    expected: [3],
  },
]);

table("trivy", "DS-0031", "leaked_secrets_test.rego", [
  { name: "test_deny_secret_env_variable", code: "FROM busybox\nENV GITHUB_TOKEN\n", expected: [2] },
  {
    name: "test_deny_secret_env_variable_with_default",
    code: "FROM busybox\nENV GITHUB_TOKEN=placeholder\n",
    expected: [2],
  },
  {
    name: "test_deny_secret_arg_variable_with_default",
    code: "FROM busybox\nARG GITHUB_TOKEN=placeholder\n",
    expected: [2],
  },
  { name: "test_deny_secret_arg", code: "FROM busybox\nARG GITHUB_TOKEN\n", expected: [2] },
  {
    name: "test_deny_secret_arg_with_prefix",
    code: "FROM busybox\nARG VITE_AWS_ACCESS_KEY_ID=REPLACE_WITH_YOUR_OWN\n",
    expected: [2],
  },
  // Trivy expects a denial; COPY into the path of a credentials variable is not this rule's pattern (reported)
  {
    name: "test_deny_copy_secret_file",
    code: "FROM busybox\nCOPY ./config $AWS_CONFIG_FILE\n",
    expected: [],
  },
  {
    name: "test_allow_secret_file_without_copy",
    code: "FROM busybox\nENV GOOGLE_APPLICATION_CREDENTIALS=/credentials/google-storage-service.json\n",
    // Trivy expects a pass; we flag the CREDENTIALS name as BuildKit's SecretsUsedInArgOrEnv does (rule doc)
    expected: [2],
  },
  {
    name: "test_allow_secret_file_copy_with_other_base_path",
    code: "FROM busybox\nCOPY /src /src\nENV GOOGLE_APPLICATION_CREDENTIALS=./app/google-storage-service.json\n",
    // Trivy expects a pass; we flag the CREDENTIALS name as BuildKit's SecretsUsedInArgOrEnv does (rule doc)
    expected: [3],
  },
  {
    name: "test_deny_secret_file",
    code: "FROM busybox\nCOPY /src /app/\nENV GOOGLE_APPLICATION_CREDENTIALS=./app/google-storage-service.json\n",
    expected: [3],
  },
  {
    name: "test_deny_secret_file_quoted_path",
    code: 'FROM busybox\nCOPY . .\nENV GOOGLE_APPLICATION_CREDENTIALS="./news-extraction.json"\n',
    expected: [3],
  },
  {
    name: "test_deny_secret_file_in_arg",
    code: "FROM busybox\nCOPY /src /app/\nARG GOOGLE_APPLICATION_CREDENTIALS=./app/google-storage-service.json\n",
    expected: [3],
  },
  {
    name: "test_deny_secret_in_set_command",
    code: "FROM amazon/aws-cli:latest\nRUN aws configure set aws_access_key_id test-id &&     aws configure set aws_secret_access_key test-key\n",
    // Trivy expects a denial; the DS-0031 rule reads ARG/ENV only: `aws configure set` in a RUN is
    // secret-in-run-command's (checked below)
    expected: [],
  },
  {
    name: "test_allow_secret_in_set_command_with_secret_mount",
    code: "FROM amazon/aws-cli:latest\nRUN --mount=type=secret,id=aws-key-id,env=AWS_ACCESS_KEY_ID --mount=type=secret,id=aws-secret-key,env=AWS_SECRET_ACCESS_KEY aws configure set aws_access_key_id $(cat /run/secrets/aws-key-id) &&     aws configure set aws_secret_access_key $(cat /run/secrets/aws-secret-key)\n",
    expected: [],
  },
]);

describe("trivy DS-0031's command-line half: secret-in-run-command", () => {
  const findings = (code: string) =>
    lint(code, { config })
      .findings.filter((f) => f.rule === "secret-in-run-command")
      .map((f) => f.line);
  it("test_deny_secret_in_set_command", () => {
    expect(
      findings(
        "FROM amazon/aws-cli:latest\nRUN aws configure set aws_access_key_id test-id &&     aws configure set aws_secret_access_key test-key\n",
      ),
    ).toEqual([2]);
  });
  it("test_allow_secret_in_set_command_with_secret_mount", () => {
    expect(
      findings(
        "FROM amazon/aws-cli:latest\nRUN --mount=type=secret,id=aws-secret-key,env=AWS_SECRET_ACCESS_KEY aws configure set aws_secret_access_key $(cat /run/secrets/aws-secret-key)\n",
      ),
    ).toEqual([]);
  });
});
