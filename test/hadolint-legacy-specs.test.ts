/**
 * hadolint's older test layout (hadolint/hadolint, test/DL3000.hs ... test/DL4006.hs, the specs
 * before they moved to test/Hadolint/Rule/DLxxxxSpec.hs), run through our public `lint()` with
 * every rule on. Only the cases whose Dockerfile and expectation are not already in the rule's
 * own test file are here; each keeps its file and `it` description (` #n` numbers the several
 * assertions of one `it`). A case states the number of instructions flagged by the rule whose
 * `meta.sources` carries the DL id, hadolint's unit (its simpleRule fails an instruction once).
 *
 * How the old helpers map: `ruleCatches` is at least one failure, written here as the count
 * hadolint gives; `ruleCatchesNot` is none; `onBuildRuleCatches[Not]` parses the same text and
 * wraps each RUN in ONBUILD (`onbuild: true`), expecting exactly one failure (or none); the
 * `?rulesConfig` of the label and registry specs becomes `labels`/`strictLabels`/`trusted`.
 *
 * Current hadolint is the reference (src/Hadolint/Rule/DLxxxx.hs and its current spec): where it
 * changed on purpose since the old spec, the case states today's result, with a comment.
 */
import { describe, expect, it } from "vitest";
import { type LintConfig, resolveConfig } from "../src/core/lint/config.js";
import { type LintFinding, lint } from "../src/core/lint/engine.js";
import { rules } from "../src/core/rules/index.js";
import { findingsFor, flaggedLines, hadolintRule } from "./support/hadolint-findings.js";

/**
 * hadolint ids whose rule hadolint has since deleted, with our rule for them (if any) and the
 * preset that turns it on. DL3017 (apk upgrade), DL3031 (yum update) and DL3039 (dnf upgrade)
 * were removed in hadolint#677 and we have no such check: no rule may claim them.
 */
const RETIRED: Record<string, { rule: string; preset: LintConfig["preset"] } | null> = {
  DL3005: { rule: "apt-get-dist-upgrade", preset: "strict" }, // docs/rules/apt-get-dist-upgrade.md
  DL3017: null,
  DL3031: null,
  DL3039: null,
};

/** The rule carrying a hadolint id, or RETIRED's entry for it. */
function ruleFor(dl: string): string | null {
  const name = hadolintRule(dl);
  if (dl in RETIRED) {
    if (name) throw new Error(`${dl} is retired but ${name} carries it`);
    return RETIRED[dl]?.rule ?? null;
  }
  if (!name) throw new Error(`no rule has ${dl}`);
  return name;
}

interface Case {
  name: string;
  code: string;
  /** number of instructions hadolint flags */
  count: number;
  /** each RUN wrapped in ONBUILD (onBuildRuleCatches) */
  onbuild?: boolean;
  /** trusted registries (DL3026) */
  trusted?: string[];
  /** label schema (DL3049-DL3058) */
  labels?: Record<string, string>;
  strictLabels?: boolean;
}

/** What onBuildRuleCatches lints: the same Dockerfile with each RUN instruction inside ONBUILD. */
const ONBUILD_RUN = /^run\s/i;
function wrapRuns(code: string): string {
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) if (ONBUILD_RUN.test(lines[i]!)) lines[i] = `ONBUILD ${lines[i]}`;
  return lines.join("\n");
}

/** Findings of `dl`'s rule; a rule holding several DL ids tags each finding with its own (aliases[0]). */
function findings(code: string, dl: string, c: Case): LintFinding[] {
  const name = ruleFor(dl);
  if (name === null) return [];
  const config = resolveConfig(
    {
      preset: dl in RETIRED ? RETIRED[dl]?.preset : "all",
      trustedRegistries: c.trusted,
      labelSchema: c.labels,
      strictLabels: c.strictLabels,
    },
    rules,
  );
  return findingsFor(lint(code, { config }).findings, name, dl);
}

function table(dl: string, cases: Case[]): void {
  describe(`${dl} (${ruleFor(dl) ?? "retired, no rule"})`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const code = c.onbuild ? wrapRuns(c.code) : c.code;
        const found = findings(code, dl, c);
        const show = found.map((f) => `${f.line}:${f.column} ${f.message}`);
        expect(flaggedLines(code, found), show.join("\n")).toHaveLength(c.count);
      });
    }
  });
}

table("DL3001", [
  { name: "DL3001.hs/invalid cmd", code: "RUN top", count: 1 },
  { name: "DL3001.hs/invalid cmd (ONBUILD)", code: "RUN top", count: 1, onbuild: true },
]);

table("DL3003", [{ name: "DL3003.hs/not ok using cd", code: "RUN cd /opt", count: 1 }]);

table("DL3004", [
  { name: "DL3004.hs/sudo", code: "RUN sudo apt-get update", count: 1 },
  { name: "DL3004.hs/sudo (ONBUILD)", code: "RUN sudo apt-get update", count: 1, onbuild: true },
  {
    name: "DL3004.hs/sudo chained programs (ONBUILD)",
    code: "RUN apt-get update && sudo apt-get install",
    count: 1,
    onbuild: true,
  },
]);

table("DL3005", [
  { name: "DL3005.hs/apt-get upgrade", code: "RUN apt-get update && apt-get upgrade", count: 0 }, // old spec expected 1; current hadolint's DL3005 checks only dist-upgrade (hadolint#596), as ours does under strict (docs/rules/apt-get-dist-upgrade.md)
  {
    name: "DL3005.hs/apt-get upgrade (ONBUILD)",
    code: "RUN apt-get update && apt-get upgrade",
    count: 0,
    onbuild: true,
  }, // old spec expected 1; current hadolint's DL3005 checks only dist-upgrade (hadolint#596), as ours does under strict (docs/rules/apt-get-dist-upgrade.md)
  { name: "DL3005.hs/apt-get dist-upgrade", code: "RUN apt-get update && apt-get dist-upgrade", count: 1 },
  {
    name: "DL3005.hs/apt-get dist-upgrade (ONBUILD)",
    code: "RUN apt-get update && apt-get dist-upgrade",
    count: 1,
    onbuild: true,
  },
]);

table("DL3006", [
  { name: "DL3006.hs/untagged digest is not an error", code: "FROM ruby@sha256:f1dbca0f5dbc9", count: 0 },
  {
    name: "DL3006.hs/other untagged cases are not ok (ONBUILD)",
    code: "FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n",
    count: 1,
    onbuild: true,
  },
]);

table("DL3008", [
  {
    name: "DL3008.hs/apt-get version pinning (ONBUILD)",
    code: "RUN apt-get update && apt-get install python",
    count: 1,
    onbuild: true,
  },
]);

table("DL3009", [
  {
    name: "DL3009.hs/apt-get no cleanup (ONBUILD)",
    code: "FROM scratch\nRUN apt-get update && apt-get install python\n",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3009.hs/apt-get cleanup in stage image (ONBUILD)",
    code: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3009.hs/apt-get no cleanup in last stage (ONBUILD)",
    code: "FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python\n",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3009.hs/apt-get no cleanup in intermediate stage (ONBUILD)",
    code: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3009.hs/don't warn: BuildKit cache mount to apt lists directory",
    code: "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install python",
    count: 0,
  },
  {
    name: "DL3009.hs/don't warn: BuildKit cache mount to apt lists directory (ONBUILD)",
    code: "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install python",
    count: 0,
    onbuild: true,
  },
]);

table("DL3010", [
  { name: "DL3010.hs/use add", code: "COPY packaged-app.tar /usr/src/app", count: 0 }, // old spec expected 1; current hadolint flags a COPYed archive only once a later RUN extracts it
]);

table("DL3013", [
  {
    name: "DL3013.hs/pip2 version not pinned (ONBUILD)",
    code: "RUN pip2 install MySQL_python",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3013.hs/pip3 version not pinned (ONBUILD)",
    code: "RUN pip2 install MySQL_python",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3013.hs/pip version not pinned (ONBUILD)",
    code: "RUN pip install MySQL_python",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3013.hs/pip version not pinned with python -m (ONBUILD)",
    code: "RUN python -m pip install --index-url url example",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3013.hs/pip install unversioned git (ONBUILD)",
    code: "RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext",
    count: 1,
    onbuild: true,
  },
]);

table("DL3014", [
  {
    name: "DL3014.hs/apt-get auto yes (ONBUILD)",
    code: "RUN apt-get install python",
    count: 1,
    onbuild: true,
  },
]);

table("DL3015", [
  {
    name: "DL3015.hs/apt-get no install recommends (ONBUILD) #1",
    code: "RUN apt-get install python",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3015.hs/apt-get no install recommends (ONBUILD) #2",
    code: "RUN apt-get -y install python",
    count: 1,
    onbuild: true,
  },
]);

table("DL3016", [
  {
    name: "DL3016.hs/version not pinned (ONBUILD)",
    code: "RUN npm install express",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3016.hs/version not pinned with scope (ONBUILD)",
    code: "RUN npm install @myorg/privatepackage",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3016.hs/version not pinned multiple packages (ONBUILD)",
    code: "RUN npm install express sax@0.1.1",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3016.hs/version not pinned with --global (ONBUILD)",
    code: "RUN npm install --global express",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3016.hs/commit not pinned for git+ssh (ONBUILD)",
    code: "RUN npm install git+ssh://git@github.com:npm/npm.git",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3016.hs/commit not pinned for git+http (ONBUILD)",
    code: "RUN npm install git+http://isaacs@github.com/npm/npm",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3016.hs/commit not pinned for git+https (ONBUILD)",
    code: "RUN npm install git+https://isaacs@github.com/npm/npm.git",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3016.hs/commit not pinned for git (ONBUILD)",
    code: "RUN npm install git://github.com/npm/npm.git",
    count: 1,
    onbuild: true,
  },
]);

table("DL3017", [
  { name: "DL3017.hs/apk upgrade", code: "RUN apk update && apk upgrade", count: 0 }, // old spec expected 1; current hadolint deleted DL3017 (hadolint#677) and we have no such check
  { name: "DL3017.hs/apk upgrade (ONBUILD)", code: "RUN apk update && apk upgrade", count: 0, onbuild: true }, // old spec expected 1; current hadolint deleted DL3017 (hadolint#677) and we have no such check
]);

table("DL3018", [
  {
    name: "DL3018.hs/apk add version pinning single (ONBUILD)",
    code: "RUN apk add flex",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3018.hs/apk add version pinned regression - one missed (ONBUILD)",
    code: "RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n",
    count: 1,
    onbuild: true,
  },
]);

table("DL3019", [
  {
    name: "DL3019.hs/apk add with --no-cache (ONBUILD)",
    code: "RUN apk add flex=2.6.4-r1",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3019.hs/warn: apk add with BuildKit cache mount to wrong dir (ONBUILD)",
    code: "RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0",
    count: 1,
    onbuild: true,
  },
]);

table("DL3020", [
  { name: "DL3020.hs/add for zip", code: "ADD file.zip /usr/src/app/", count: 1 }, // old spec expected 0; current hadolint flags it (.zip left its archive extensions: ADD does not extract zip)
]);

table("DL3027", [
  { name: "DL3027.hs/apt (ONBUILD)", code: "FROM ubuntu\nRUN apt install python\n", count: 1, onbuild: true },
]);

table("DL3028", [
  { name: "DL3028.hs/i/unpinned (ONBUILD)", code: "RUN gem i bundler", count: 1, onbuild: true },
  { name: "DL3028.hs/i/multi (ONBUILD)", code: "RUN gem i bunlder:1 nokogiri", count: 1, onbuild: true },
  { name: "DL3028.hs/install/unpinned (ONBUILD)", code: "RUN gem install bundler", count: 1, onbuild: true },
]);

table("DL3030", [
  {
    name: "DL3030.hs/not ok when not using `-y` switch (ONBUILD)",
    code: "RUN yum install httpd-2.4.24 && yum clean all",
    count: 1,
    onbuild: true,
  },
]);

table("DL3031", [
  { name: "DL3031.hs/yum update", code: "RUN yum update", count: 0 }, // old spec expected 1; current hadolint deleted DL3031 (hadolint#677) and we have no such check
  { name: "DL3031.hs/yum update (ONBUILD)", code: "RUN yum update", count: 0, onbuild: true }, // old spec expected 1; current hadolint deleted DL3031 (hadolint#677) and we have no such check
  { name: "DL3031.hs/not yum update #1", code: "RUN yum install -y httpd-2.4.42 && yum clean all", count: 0 },
  { name: "DL3031.hs/not yum update #2", code: "RUN bash -c `# not even a yum command`", count: 0 },
  {
    name: "DL3031.hs/not yum update (ONBUILD) #1",
    code: "RUN yum install -y httpd-2.4.42 && yum clean all",
    count: 0,
    onbuild: true,
  },
  {
    name: "DL3031.hs/not yum update (ONBUILD) #2",
    code: "RUN bash -c `# not even a yum command`",
    count: 0,
    onbuild: true,
  },
]);

table("DL3032", [
  {
    name: "DL3032.hs/not ok with no clean all (ONBUILD)",
    code: "RUN yum install -y mariadb-10.4",
    count: 1,
    onbuild: true,
  },
]);

table("DL3033", [
  {
    name: "DL3033.hs/not ok wihout yum version pinning (ONBUILD)",
    code: "RUN yum install -y tomcat && yum clean all",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3033.hs/not ok wihout yum version pinning - modules (ONBUILD)",
    code: "RUN yum module install -y tomcat && yum clean all",
    count: 1,
    onbuild: true,
  },
]);

table("DL3034", [
  {
    name: "DL3034.hs/not ok without non-interactive switch (ONBUILD)",
    code: "RUN zypper install httpd=2.4.24 && zypper clean",
    count: 1,
    onbuild: true,
  },
]);

table("DL3035", [
  {
    name: "DL3035.hs/not ok: zypper dist-upgrade (ONBUILD) #1",
    code: "RUN zypper dist-upgrade",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3035.hs/not ok: zypper dist-upgrade (ONBUILD) #2",
    code: "RUN zypper dup",
    count: 1,
    onbuild: true,
  },
]);

table("DL3036", [
  {
    name: "DL3036.hs/not ok without zypper clean (ONBUILD)",
    code: "RUN zypper install -y mariadb=10.4",
    count: 1,
    onbuild: true,
  },
]);

table("DL3037", [
  {
    name: "DL3037.hs/not ok without zypper version pinning (ONBUILD)",
    code: "RUN zypper install -y tomcat && zypper clean",
    count: 1,
    onbuild: true,
  },
]);

table("DL3038", [
  {
    name: "DL3038.hs/not ok without dnf non-interactive flag (ONBUILD)",
    code: "RUN dnf install httpd-2.4.24 && dnf clean all",
    count: 1,
    onbuild: true,
  },
]);

table("DL3039", [
  { name: "DL3039.hs/dnf update #1", code: "RUN dnf upgrade", count: 0 }, // old spec expected 1; current hadolint deleted DL3039 (hadolint#677) and we have no such check
  { name: "DL3039.hs/dnf update #2", code: "RUN dnf upgrade-minimal", count: 0 }, // old spec expected 1; current hadolint deleted DL3039 (hadolint#677) and we have no such check
  { name: "DL3039.hs/dnf update (ONBUILD) #1", code: "RUN dnf upgrade", count: 0, onbuild: true }, // old spec expected 1; current hadolint deleted DL3039 (hadolint#677) and we have no such check
  { name: "DL3039.hs/dnf update (ONBUILD) #2", code: "RUN dnf upgrade-minimal", count: 0, onbuild: true }, // old spec expected 1; current hadolint deleted DL3039 (hadolint#677) and we have no such check
  { name: "DL3039.hs/not dnf upgrade", code: "RUN notdnf upgrade", count: 0 },
  { name: "DL3039.hs/not dnf upgrade (ONBUILD)", code: "RUN notdnf upgrade", count: 0, onbuild: true },
]);

table("DL3040", [
  {
    name: "DL3040.hs/no ok without dnf clean all (ONBUILD)",
    code: "RUN dnf install -y mariadb-10.4",
    count: 1,
    onbuild: true,
  },
]);

table("DL3041", [
  {
    name: "DL3041.hs/not ok without dnf version pinning (ONBUILD)",
    code: "RUN dnf install -y tomcat && dnf clean all",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3041.hs/not ok without dnf version pinning - moudles (ONBUILD)",
    code: "RUN dnf module install -y tomcat && dnf clean all",
    count: 1,
    onbuild: true,
  },
]);

table("DL3042", [
  { name: "DL3042.hs/pip2 --no-cache-dir not used", code: "RUN pip2 install MySQL_python", count: 1 },
  {
    name: "DL3042.hs/pip2 --no-cache-dir not used (ONBUILD)",
    code: "RUN pip2 install MySQL_python",
    count: 1,
    onbuild: true,
  },
  { name: "DL3042.hs/pip3 --no-cache-dir not used", code: "RUN pip3 install MySQL_python", count: 1 },
  {
    name: "DL3042.hs/pip3 --no-cache-dir not used (ONBUILD)",
    code: "RUN pip3 install MySQL_python",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3042.hs/pip --no-cache-dir not used (ONBUILD)",
    code: "RUN pip install MySQL_python",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3042.hs/pip --no-cache-dir used",
    code: "RUN pip install MySQL_python --no-cache-dir",
    count: 0,
  },
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with truthy values #1",
    code: "ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python",
    count: 1,
  }, // hadolint: 0 (an ENV before any FROM counts for an ONBUILD-style "None" stage); ours: an ENV before FROM is in no stage (instruction-before-from reports it), as pip-cache-not-disabled.md says
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with truthy values #2",
    code: "ENV PIP_NO_CACHE_DIR=on\nRUN pip install MySQL_python",
    count: 1,
  }, // hadolint: 0 (an ENV before any FROM counts for an ONBUILD-style "None" stage); ours: an ENV before FROM is in no stage (instruction-before-from reports it), as pip-cache-not-disabled.md says
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with truthy values #3",
    code: "ENV PIP_NO_CACHE_DIR=yes\nRUN pip install MySQL_python",
    count: 1,
  }, // hadolint: 0 (an ENV before any FROM counts for an ONBUILD-style "None" stage); ours: an ENV before FROM is in no stage (instruction-before-from reports it), as pip-cache-not-disabled.md says
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with truthy values #4",
    code: "ENV PIP_NO_CACHE_DIR=true\nRUN pip install MySQL_python",
    count: 1,
  }, // hadolint: 0 (an ENV before any FROM counts for an ONBUILD-style "None" stage); ours: an ENV before FROM is in no stage (instruction-before-from reports it), as pip-cache-not-disabled.md says
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with falsy values #1",
    code: "ENV PIP_NO_CACHE_DIR=0\nRUN pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with falsy values #2",
    code: "ENV PIP_NO_CACHE_DIR=off\nRUN pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with falsy values #3",
    code: "ENV PIP_NO_CACHE_DIR=no\nRUN pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect ENV PIP_NO_CACHE_DIR with falsy values #4",
    code: "ENV PIP_NO_CACHE_DIR=false\nRUN pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN PIP_NO_CACHE_DIR=... with falsy values #1",
    code: "RUN PIP_NO_CACHE_DIR=0 pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN PIP_NO_CACHE_DIR=... with falsy values #2",
    code: "RUN PIP_NO_CACHE_DIR=off pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN PIP_NO_CACHE_DIR=... with falsy values #3",
    code: "RUN PIP_NO_CACHE_DIR=no pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN PIP_NO_CACHE_DIR=... with falsy values #4",
    code: "RUN PIP_NO_CACHE_DIR=false pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN export PIP_NO_CACHE_DIR=... with falsy values #1",
    code: "RUN export PIP_NO_CACHE_DIR=0 && pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN export PIP_NO_CACHE_DIR=... with falsy values #2",
    code: "RUN export PIP_NO_CACHE_DIR=off && pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN export PIP_NO_CACHE_DIR=... with falsy values #3",
    code: "RUN export PIP_NO_CACHE_DIR=no && pip install MySQL_python",
    count: 1,
  },
  {
    name: "DL3042.hs/respect RUN export PIP_NO_CACHE_DIR=... with falsy values #4",
    code: "RUN export PIP_NO_CACHE_DIR=false && pip install MySQL_python",
    count: 1,
  },
]);

table("DL3045", [
  {
    name: "DL3045.hs/ok: `COPY` with absolute destination and no `WORKDIR` set with quotes",
    code: 'COPY bla.sh "/usr/local/bin/blubb.s"',
    count: 0,
  },
  {
    name: "DL3045.hs/ok: `COPY` with relative destination and `WORKDIR` set (ONBUILD)",
    code: "WORKDIR /usr\nCOPY bla.sh blubb.sh",
    count: 1,
    onbuild: true,
  }, // old spec passed the Dockerfile as the rule code (vacuous); hadolint: 0 (a WORKDIR before any FROM counts for a "None" stage); ours: a WORKDIR before FROM is in no stage, as copy-relative-dest-without-workdir.md says
  {
    name: "DL3045.hs/ok: `COPY` to relative destination if `WORKDIR` has been set in base image - windows (ONBUILD)",
    code: "FROM microsoft/windowsservercore as base\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n",
    count: 0,
    onbuild: true,
  },
  {
    name: "DL3045.hs/ok: `COPY` to relative destination if `WORKDIR` has been set in previous stage, deep case - windows (ONBUILD)",
    code: "FROM microsoft/windowsservercore as base1\nWORKDIR c:\\system32\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n",
    count: 0,
    onbuild: true,
  },
]);

table("DL3047", [
  {
    name: "DL3047.hs/warns when using wget without --progress option",
    code: "FROM node as foo\nRUN wget my.xyz\n",
    count: 1,
  },
  {
    name: "DL3047.hs/does not warn when running with --quiet (quiet long option) and without --progress option",
    code: "FROM node as foo\nRUN wget --quiet my.xyz\n",
    count: 0,
  },
  {
    name: "DL3047.hs/does not warn when running with -nv (no-verbose short option) and without --progress option",
    code: "FROM node as foo\nRUN wget -nv my.xyz\n",
    count: 0,
  },
  {
    name: "DL3047.hs/does not warn when running with --no-verbose (no-verbose long option) and without --progress option",
    code: "FROM node as foo\nRUN wget --no-verbose my.xyz\n",
    count: 0,
  },
  {
    name: "DL3047.hs/does not warn when running with --output-file (output-file long option) and without --progress option",
    code: "FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz\n",
    count: 0,
  },
  {
    name: "DL3047.hs/does not warn when running with -o (output-file long option) and without --progress option",
    code: "FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz\n",
    count: 0,
  },
  {
    name: "DL3047.hs/does not warn when running with --append-output (append-output long option) and without --progress option",
    code: "FROM node as foo\nRUN wget --append-output=/tmp/wget.log my.xyz\n",
    count: 0,
  },
  {
    name: "DL3047.hs/does not warn when running with -a (append-output long option) and without --progress option",
    code: "FROM node as foo\nRUN wget -a /tmp/wget.log my.xyz\n",
    count: 0,
  },
]);

table("DL3048", [
  { name: "DL3048.hs/not ok with invalid character", code: 'LABEL invalid$character="foo"', count: 0 }, // hadolint: 1 (reads `$character` literally); ours expands the unknown variable and leaves the key unchecked (docs/rules/label-key-invalid.md)
  {
    name: "DL3048.hs/not ok with invalid character (ONBUILD)",
    code: 'LABEL invalid$character="foo"',
    count: 0,
    onbuild: true,
  }, // hadolint: 1 (reads `$character` literally); ours expands the unknown variable and leaves the key unchecked (docs/rules/label-key-invalid.md)
]);

table("DL3050", [
  {
    name: "DL3050.hs/ok with required label (ONBUILD)",
    code: 'LABEL required="bar"',
    count: 0,
    onbuild: true,
    labels: { required: "text" },
    strictLabels: true,
  },
]);

table("DL3051", [
  {
    name: "DL3051.hs/ok with label not empty (ONBUILD)",
    code: 'LABEL emptylabel="bar"',
    count: 0,
    onbuild: true,
    labels: { emptylabel: "text" },
  },
]);

table("DL3052", [
  {
    name: "DL3052.hs/ok with other label not containing URL (ONBUILD)",
    code: 'LABEL other="bar"',
    count: 0,
    onbuild: true,
    labels: { urllabel: "url" },
  },
]);

table("DL3053", [
  {
    name: "DL3053.hs/ok with other label not containing RFC3339 date (ONBUILD)",
    code: 'LABEL other="bar"',
    count: 0,
    onbuild: true,
    labels: { datelabel: "rfc3339" },
  },
]);

table("DL3054", [
  {
    name: "DL3054.hs/ok with other label not containing SPDX identifier (ONBUILD)",
    code: 'LABEL other="bar"',
    count: 0,
    onbuild: true,
    labels: { spdxlabel: "spdx" },
  },
]);

table("DL3055", [
  {
    name: "DL3055.hs/ok with other label not containing git hash (ONBUILD)",
    code: 'LABEL other="bar"',
    count: 0,
    onbuild: true,
    labels: { githash: "hash" },
  },
]);

table("DL3056", [
  {
    name: "DL3056.hs/ok with other label not containing semantic version (ONBUILD)",
    code: 'LABEL other="bar"',
    count: 0,
    onbuild: true,
    labels: { semver: "semver" },
  },
]);

table("DL3058", [
  {
    name: "DL3058.hs/ok with other label not containing valid email (ONBUILD)",
    code: 'LABEL other="bar"',
    count: 0,
    onbuild: true,
    labels: { maintainer: "email" },
  },
]);

table("DL3060", [
  {
    name: "DL3060.hs/not ok with no cache clean (ONBUILD)",
    code: "RUN yarn install foo",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3060.hs/not ok when yarn install is in last stage w/o yarn clean",
    code: "FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install\n",
    count: 1,
  },
  {
    name: "DL3060.hs/not ok when yarn install is in last stage w/o yarn clean (ONBUILD)",
    code: "FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install\n",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3060.hs/not ok when inheriting from stage with yarn install w/o yarn clean",
    code: "FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!\n",
    count: 1,
  },
  {
    name: "DL3060.hs/not ok when inheriting from stage with yarn install w/o yarn clean (ONBUILD)",
    code: "FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!\n",
    count: 1,
    onbuild: true,
  },
  {
    name: "DL3060.hs/ok when omitting yarn cache clean in stage that is not reused later",
    code: "FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n",
    count: 0,
  },
  {
    name: "DL3060.hs/ok when omitting yarn cache clean in stage that is not reused later (ONBUILD)",
    code: "FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n",
    count: 1,
    onbuild: true,
  },
]);

table("DL4001", [
  {
    name: "DL4001.hs/warns when using both wget and curl",
    code: "FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n",
    count: 1,
  },
  {
    name: "DL4001.hs/warns when using both wget and curl in same instruction",
    code: "FROM node as foo\nRUN wget my.xyz && curl localhost\n",
    count: 1,
  },
]);

table("DL4004", [
  {
    name: "DL4004.hs/many entrypoints, different stages",
    code: "FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian as distro2\nENTRYPOINT another\n",
    count: 1,
  },
]);

table("DL4005", [
  { name: "DL4005.hs/RUN ln (ONBUILD)", code: "RUN ln -sfv /bin/bash /bin/sh", count: 1, onbuild: true },
]);

table("DL4006", [
  {
    name: "DL4006.hs/don't warn on commands with no pipes",
    code: "FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number\n",
    count: 0,
  },
  {
    name: "DL4006.hs/don't warn on commands with pipes and the pipefail option",
    code: 'FROM scratch as build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
    count: 0,
  },
  {
    name: "DL4006.hs/don't warn on commands with pipes and the pipefail option 2",
    code: 'FROM scratch as build\nSHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
    count: 0,
  },
  {
    name: "DL4006.hs/don't warn on commands with pipes and the pipefail option 3",
    code: 'FROM scratch as build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
    count: 0,
  },
  {
    name: "DL4006.hs/don't warn on commands with pipes and the pipefail zsh",
    code: 'FROM scratch as build\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
    count: 0,
  },
  {
    name: "DL4006.hs/don't warn on powershell",
    code: 'FROM scratch as build\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    count: 0,
  },
  {
    name: "DL4006.hs/warns when using plain sh",
    code: 'FROM scratch as build\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n',
    count: 1,
  },
  {
    name: "DL4006.hs/ignore non posix shells: pwsh",
    code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "pwsh", "-c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    count: 0,
  },
]);
