import { describe, expect, it } from "vitest";
import { analyzeShell } from "../analyze.js";
import { hasFlag } from "./argv.js";
import { commandModels } from "./index.js";
import { omitsDevDependencies, type PackageCommand } from "./packages.js";

const pkg = (text: string): PackageCommand => {
  const p = commandModels(analyzeShell({ text, toSource: (i) => i }))[0]?.packages;
  if (!p) throw new Error(`not a package command: ${text}`);
  return p;
};
const isPkg = (text: string) =>
  commandModels(analyzeShell({ text, toSource: (i) => i }))[0]?.packages !== undefined;
const refs = (p: PackageCommand) => p.packages.map((x) => [x.name, x.version]);
const summary = (p: PackageCommand) => [p.manager, p.action, p.subcommands.map((w) => w.value).join(" ")];

/** Each spelling (alone, and inside a cluster where it is a short flag) gives the canonical flag. */
function expectSpellings(prefix: string, suffix: string, flag: string, spellings: string[]): void {
  for (const s of spellings)
    expect(hasFlag(pkg(`${prefix} ${s} ${suffix}`), flag), `${prefix} ${s}`).toBe(true);
}

describe("apt-get / apt", () => {
  it("flag spellings", () => {
    expectSpellings("apt-get install", "curl", "yes", ["-y", "--yes", "--assume-yes", "-qy", "-yq", "-qqy"]);
    expectSpellings("apt-get", "install curl", "quiet", ["-q", "-qq", "--quiet", "--quiet=2", "-qy"]);
    expectSpellings("apt install", "curl", "no-install-recommends", [
      "--no-install-recommends",
      "-o APT::Install-Recommends=false",
      "-oAPT::Install-Recommends=0",
      "--option=APT::Install-Recommends=false",
    ]);
    expectSpellings("apt-get install", "x", "allow-unauthenticated", ["--allow-unauthenticated"]);
    expectSpellings("apt-get install", "x", "force-yes", ["--force-yes"]);
    expectSpellings("apt-get install", "x", "fix-broken", ["-f", "--fix-broken"]);
    expectSpellings("apt-get", "install x", "target-release", ["-t stable", "--target-release=stable"]);
    expect(hasFlag(pkg("apt-get install curl"), "yes")).toBe(false);
    expect(hasFlag(pkg("apt-get install -o APT::Install-Recommends=true x"), "no-install-recommends")).toBe(
      false,
    );
  });

  it("actions, packages with versions and releases, wrappers and paths", () => {
    const text =
      "sudo -E env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get -qq install -t bookworm-backports --no-install-recommends curl=7.88.1-10 git/bookworm-backports 'libssl3=3.*' python3=$PY";
    const p = pkg(text);
    expect(summary(p)).toEqual(["apt-get", "install", "install"]);
    expect(p.packages.map((x) => [x.name, x.version, x.release])).toEqual([
      ["curl", "7.88.1-10", undefined],
      ["git", undefined, "bookworm-backports"],
      ["libssl3", "3.*", undefined],
      ["python3", "$PY", undefined],
    ]);
    const at = text.indexOf("curl=");
    expect(p.packages[0]!.word.range).toEqual({ start: at, end: at + "curl=7.88.1-10".length });
    expect(p.invocation.wrappers).toEqual(["sudo", "env"]);
    expect(p.flags).toBe(p.args.flags);
    const actions = [
      "update",
      "upgrade",
      "dist-upgrade",
      "full-upgrade",
      "remove",
      "purge",
      "autoremove",
      "clean",
      "autoclean",
      "source",
    ];
    expect(actions.map((a) => pkg(`apt-get ${a}`).action)).toEqual([
      "update",
      "upgrade",
      "upgrade",
      "upgrade",
      "remove",
      "remove",
      "remove",
      "clean",
      "clean",
      "other",
    ]);
    expect(refs(pkg("apt-get purge -y --auto-remove gnupg"))).toEqual([["gnupg", undefined]]);
    expect(pkg("apt-get update").packages).toEqual([]);
  });
});

describe("apk", () => {
  it("flags, actions and version constraints", () => {
    expectSpellings("apk add", "curl", "no-cache", ["--no-cache"]);
    expectSpellings("apk add", "curl", "update", ["-U", "--update", "--update-cache"]);
    expectSpellings("apk add", "curl", "allow-untrusted", ["--allow-untrusted"]);
    const p = pkg(
      "apk --no-cache add --virtual .build-deps gcc curl=8.5.0-r0 musl~1.2 'bash>5' py3-pip@edge",
    );
    expect(summary(p)).toEqual(["apk", "install", "add"]);
    expect(p.packages.map((x) => [x.name, x.version, x.release])).toEqual([
      ["gcc", undefined, undefined],
      ["curl", "8.5.0-r0", undefined],
      ["musl", "~1.2", undefined],
      ["bash", ">5", undefined],
      ["py3-pip", undefined, "edge"],
    ]);
    expect(p.flags.find((f) => f.name === "virtual")?.value?.value).toBe(".build-deps");
    expect(
      ["update", "upgrade", "del .build-deps", "cache clean", "cache purge", "cache download", "info"].map(
        (a) => pkg(`apk ${a}`).action,
      ),
    ).toEqual(["update", "upgrade", "remove", "clean", "clean", "other", "other"]);
  });
});

describe("yum / dnf / microdnf / zypper", () => {
  it("flags and actions", () => {
    for (const tool of ["yum", "dnf", "microdnf", "tdnf"]) {
      expectSpellings(`${tool} install`, "httpd", "yes", ["-y", "--assumeyes"]);
      expect(summary(pkg(`${tool} clean all`))).toEqual([tool, "clean", "clean"]);
    }
    expectSpellings("dnf install", "x", "no-install-recommends", [
      "--setopt=install_weak_deps=False",
      "--setopt=install_weak_deps=0",
      "--setopt install_weak_deps=false",
    ]);
    expectSpellings("dnf install", "x", "nodocs", ["--nodocs", "--setopt=tsflags=nodocs"]);
    expect(
      [
        "update",
        "makecache",
        "remove x",
        "groupinstall 'Dev Tools'",
        "group install x",
        "module install x",
        "history",
      ].map((a) => pkg(`yum ${a}`).action),
    ).toEqual(["upgrade", "update", "remove", "install", "install", "install", "other"]);
  });

  it("rpm versions are told from names with dashes and digits", () => {
    expect(
      refs(
        pkg(
          "dnf install -y httpd-2.4.6-97.el7 java-11-openjdk python3-3.9.7 java-17-openjdk-17.0.9 epel-release",
        ),
      ),
    ).toEqual([
      ["httpd", "2.4.6-97.el7"],
      ["java-11-openjdk", undefined],
      ["python3", "3.9.7"],
      ["java-17-openjdk", "17.0.9"],
      ["epel-release", undefined],
    ]);
  });

  it("zypper: global and command flags, short commands", () => {
    expectSpellings("zypper", "install vim", "yes", ["-n", "--non-interactive"]);
    expectSpellings("zypper install", "vim", "yes", ["-y", "--no-confirm"]);
    expectSpellings("zypper install", "vim", "no-install-recommends", ["--no-recommends"]);
    expect(
      ["in vim", "rm vim", "ref", "up", "dup", "cc", "clean -a"].map((a) => pkg(`zypper ${a}`).action),
    ).toEqual(["install", "remove", "update", "upgrade", "upgrade", "clean", "clean"]);
    expect(refs(pkg("zypper in -y vim=9.0 'curl>=8'"))).toEqual([
      ["vim", "9.0"],
      ["curl", ">=8"],
    ]);
  });
});

describe("pip / uv / poetry", () => {
  it("every way to run pip, flags in all spellings", () => {
    for (const pip of [
      "pip install",
      "pip3 install",
      "pip3.11 install",
      "python -m pip install",
      "python3 -m pip install",
      "python3.12 -u -m pip install",
      "/usr/local/bin/pip install",
    ]) {
      const p = pkg(`${pip} --no-cache-dir flask==3.0 'requests>=2,<3' "uvicorn[standard]~=0.30" django`);
      expect([p.manager, p.action, hasFlag(p, "no-cache-dir")], pip).toEqual(["pip", "install", true]);
      expect(refs(p)).toEqual([
        ["flask", "==3.0"],
        ["requests", ">=2,<3"],
        ["uvicorn[standard]", "~=0.30"],
        ["django", undefined],
      ]);
    }
    expect(isPkg("python3 -m venv /v")).toBe(false);
    expect(isPkg("python3 script.py")).toBe(false);
    expectSpellings("pip install", "x", "requirement", [
      "-r req.txt",
      "--requirement req.txt",
      "--requirement=req.txt",
    ]);
    expectSpellings("pip install", "x", "user", ["--user"]);
    expectSpellings("pip install", "x", "upgrade", ["-U", "--upgrade"]);
    expectSpellings("pip install", "x", "index-url", ["-i https://p", "--index-url=https://p"]);
    const r = pkg("pip install -r requirements.txt -c constraints.txt");
    expect([r.packages, r.flags.map((f) => [f.name, f.value?.value])]).toEqual([
      [],
      [
        ["requirement", "requirements.txt"],
        ["constraint", "constraints.txt"],
      ],
    ]);
    expect(
      ["uninstall -y x", "cache purge", "download x", "freeze"].map((a) => pkg(`pip ${a}`).action),
    ).toEqual(["remove", "clean", "other", "other"]);
  });

  it("uv: uv pip install, sync, add, cache", () => {
    const p = pkg("uv pip install --system --no-cache flask==3.0");
    expect(summary(p)).toEqual(["uv", "install", "pip install"]);
    expect([hasFlag(p, "system"), hasFlag(p, "no-cache"), refs(p)]).toEqual([
      true,
      true,
      [["flask", "==3.0"]],
    ]);
    expect(hasFlag(pkg("uv pip install -n x"), "no-cache")).toBe(true);
    expect([summary(pkg("uv sync --frozen --no-dev")), pkg("uv sync --frozen").packages]).toEqual([
      ["uv", "install", "sync"],
      [],
    ]);
    expect(summary(pkg("uv add httpx"))).toEqual(["uv", "install", "add"]);
    expect(summary(pkg("uv cache clean"))).toEqual(["uv", "clean", "cache clean"]);
    expect(summary(pkg("uv venv"))).toEqual(["uv", "other", "venv"]);
  });

  it("poetry", () => {
    const p = pkg("poetry install --no-root --only main --no-interaction");
    expect([
      summary(p),
      hasFlag(p, "no-root"),
      hasFlag(p, "no-interaction"),
      omitsDevDependencies(p),
    ]).toEqual([["poetry", "install", "install"], true, true, true]);
    expect(refs(pkg("poetry add requests@^2.31"))).toEqual([["requests", "^2.31"]]);
    expect(pkg("poetry cache clear pypi --all").action).toBe("clean");
    expect(omitsDevDependencies(pkg("poetry install --without dev"))).toBe(true);
    expect(omitsDevDependencies(pkg("poetry install"))).toBe(false);
  });
});

describe("npm / yarn / pnpm / bun", () => {
  it("npm: ci/install/i, dev dependencies, global installs with versions", () => {
    for (const sub of ["ci", "install", "i", "clean-install"])
      expect(pkg(`npm ${sub}`).action, sub).toBe("install");
    expect(pkg("npm ci").packages).toEqual([]);
    for (const flags of [
      "--omit=dev",
      "--omit dev",
      "--production",
      "--only=prod",
      "--omit=optional --omit=dev",
    ]) {
      expect(omitsDevDependencies(pkg(`npm ci ${flags}`)), flags).toBe(true);
    }
    expect(omitsDevDependencies(pkg("NODE_ENV=production npm ci"))).toBe(true);
    expect(omitsDevDependencies(pkg("npm ci --production=false"))).toBe(false);
    expect(omitsDevDependencies(pkg("npm ci --omit=optional"))).toBe(false);
    const g = pkg("npm install -g typescript@5.6 @scope/pkg@^1 left-pad");
    expect([hasFlag(g, "global"), refs(g)]).toEqual([
      true,
      [
        ["typescript", "5.6"],
        ["@scope/pkg", "^1"],
        ["left-pad", undefined],
      ],
    ]);
    expect(hasFlag(pkg("npm i -P x"), "save-prod")).toBe(true);
    expect(
      ["cache clean --force", "cache verify", "uninstall x", "update", "run build"].map(
        (a) => pkg(`npm ${a}`).action,
      ),
    ).toEqual(["clean", "other", "remove", "upgrade", "other"]);
  });

  it("yarn, pnpm, bun", () => {
    expect(summary(pkg("yarn"))).toEqual(["yarn", "install", ""]);
    expect(summary(pkg("yarn --frozen-lockfile --production"))).toEqual(["yarn", "install", ""]);
    expect(hasFlag(pkg("yarn install --immutable"), "frozen-lockfile")).toBe(true);
    expect(omitsDevDependencies(pkg("yarn install --production"))).toBe(true);
    expect(refs(pkg("yarn global add serve@14"))).toEqual([["serve", "14"]]);
    expect(summary(pkg("yarn cache clean"))).toEqual(["yarn", "clean", "cache clean"]);
    for (const prod of ["-P", "--prod", "--production"])
      expect(omitsDevDependencies(pkg(`pnpm install ${prod}`)), prod).toBe(true);
    expect(summary(pkg("pnpm install --frozen-lockfile"))).toEqual(["pnpm", "install", "install"]);
    expect(summary(pkg("pnpm store prune"))).toEqual(["pnpm", "clean", "store prune"]);
    expect(omitsDevDependencies(pkg("bun install --production"))).toBe(true);
    expect(summary(pkg("bun pm cache rm"))).toEqual(["bun", "clean", "pm cache rm"]);
    expect(summary(pkg("bun pm ls"))).toEqual(["bun", "other", "pm"]);
  });
});

describe("gem / go / cargo", () => {
  it("gem", () => {
    expect(refs(pkg("gem install bundler:2.5.0 rake"))).toEqual([
      ["bundler", "2.5.0"],
      ["rake", undefined],
    ]);
    expect(refs(pkg("gem install bundler -v 2.5.0 --no-document"))).toEqual([["bundler", "2.5.0"]]);
    expectSpellings("gem install", "x", "no-document", ["-N", "--no-document", "--no-rdoc", "--no-ri"]);
    expect(pkg("gem cleanup").action).toBe("clean");
  });

  it("go install/get/build, mod download, single-dash long flags", () => {
    expect(refs(pkg("go install golang.org/x/tools/gopls@v0.16.0"))).toEqual([
      ["golang.org/x/tools/gopls", "v0.16.0"],
    ]);
    expect(refs(pkg("go get example.com/m@latest"))).toEqual([["example.com/m", "latest"]]);
    const b = pkg(`CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app`);
    expect([
      summary(b),
      hasFlag(b, "trimpath"),
      b.flags.find((f) => f.name === "output")?.value?.value,
    ]).toEqual([["go", "other", "build"], true, "/out/app"]);
    expect(b.args.positionals.map((w) => w.value)).toEqual(["build", "./cmd/app"]);
    expect([summary(pkg("go mod download")), pkg("go mod download").packages]).toEqual([
      ["go", "install", "mod download"],
      [],
    ]);
    expect(summary(pkg("go mod tidy"))).toEqual(["go", "other", "mod"]);
    expect(pkg("go clean -modcache").action).toBe("clean");
  });

  it("cargo", () => {
    expect(refs(pkg("cargo install ripgrep@14.1.0 --locked"))).toEqual([["ripgrep", "14.1.0"]]);
    expect(refs(pkg("cargo install --version 0.5 sd"))).toEqual([["sd", "0.5"]]);
    const b = pkg("cargo build --release --locked");
    expect([summary(b), hasFlag(b, "release"), hasFlag(b, "locked")]).toEqual([
      ["cargo", "other", "build"],
      true,
      true,
    ]);
    expect(summary(pkg("cargo fetch"))).toEqual(["cargo", "install", "fetch"]);
  });

  it("other commands are not package commands", () => {
    for (const text of [
      "ls -la",
      "make install",
      "dpkg -i x.deb",
      "$APT install x",
      "echo apt-get install x",
    ]) {
      expect(isPkg(text), text).toBe(false);
    }
    // names that are Object.prototype keys
    expect(pkg("apt-get constructor").action).toBe("other");
    expect(pkg("npm __proto__ x").action).toBe("other");
    expect(isPkg("toString install")).toBe(false);
  });
});
