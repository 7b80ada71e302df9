// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables like "${VERSION}" are test inputs
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Range } from "../text/range.js";
import {
  hasExplicitTag,
  type ImageRef,
  isPinnedByDigest,
  isWindowsImage,
  parseImageRef,
  usesLatest,
} from "./image-ref.js";

const HEX64 = "0123456789abcdef".repeat(4);
const SHA = `sha256:${HEX64}`;

const r = (start: number, end: number): Range => ({ start, end });

/** slice the source text by a range, after removing `offset` */
function at(ref: ImageRef, range: Range | undefined, offset = 0): string | undefined {
  return range === undefined ? undefined : ref.raw.slice(range.start - offset, range.end - offset);
}

/** ranges agree with the parts they name */
function expectRangesMatchParts(ref: ImageRef, offset = 0): void {
  expect(at(ref, ref.ranges.registry, offset)).toBe(ref.registry);
  expect(at(ref, ref.ranges.path, offset)).toBe(ref.path);
  expect(at(ref, ref.ranges.repository, offset)).toBe(ref.repository);
  expect(at(ref, ref.ranges.tag, offset)).toBe(ref.tag);
  expect(at(ref, ref.ranges.digest, offset)).toBe(ref.digest);
  expect(at(ref, ref.ranges.name, offset)).toBe(
    ref.registry === undefined ? ref.path : `${ref.registry}/${ref.path}`,
  );
}

function recompose(ref: ImageRef): string {
  return (
    (ref.registry === undefined ? "" : `${ref.registry}/`) +
    ref.path +
    (ref.tag === undefined ? "" : `:${ref.tag}`) +
    (ref.digest === undefined ? "" : `@${ref.digest}`)
  );
}

describe("parseImageRef: valid references", () => {
  const cases: Array<{ raw: string; expected: Partial<ImageRef> }> = [
    {
      raw: "node",
      expected: {
        valid: true,
        scratch: false,
        registry: undefined,
        namespace: undefined,
        repository: "node",
        path: "node",
        tag: undefined,
        digest: undefined,
        normalized: {
          registry: "docker.io",
          path: "library/node",
          name: "docker.io/library/node",
          familiar: "node",
          tag: "latest",
          full: "docker.io/library/node:latest",
        },
        ranges: { path: r(0, 4), repository: r(0, 4), name: r(0, 4) },
      },
    },
    {
      raw: "node:20-alpine",
      expected: {
        valid: true,
        repository: "node",
        path: "node",
        tag: "20-alpine",
        normalized: {
          registry: "docker.io",
          path: "library/node",
          name: "docker.io/library/node",
          familiar: "node",
          tag: "20-alpine",
          full: "docker.io/library/node:20-alpine",
        },
        ranges: { path: r(0, 4), repository: r(0, 4), name: r(0, 4), tag: r(5, 14) },
      },
    },
    {
      raw: "library/node",
      expected: {
        valid: true,
        registry: undefined,
        namespace: "library",
        repository: "node",
        path: "library/node",
        normalized: {
          registry: "docker.io",
          path: "library/node",
          name: "docker.io/library/node",
          familiar: "node",
          tag: "latest",
          full: "docker.io/library/node:latest",
        },
        ranges: { path: r(0, 12), repository: r(8, 12), name: r(0, 12) },
      },
    },
    {
      raw: "docker.io/library/node:20",
      expected: {
        valid: true,
        registry: "docker.io",
        namespace: "library",
        repository: "node",
        path: "library/node",
        tag: "20",
        normalized: {
          registry: "docker.io",
          path: "library/node",
          name: "docker.io/library/node",
          familiar: "node",
          tag: "20",
          full: "docker.io/library/node:20",
        },
        ranges: { registry: r(0, 9), path: r(10, 22), repository: r(18, 22), name: r(0, 22), tag: r(23, 25) },
      },
    },
    {
      raw: "index.docker.io/node",
      expected: {
        valid: true,
        registry: "index.docker.io",
        namespace: undefined,
        repository: "node",
        path: "node",
        normalized: {
          registry: "docker.io",
          path: "library/node",
          name: "docker.io/library/node",
          familiar: "node",
          tag: "latest",
          full: "docker.io/library/node:latest",
        },
        ranges: { registry: r(0, 15), path: r(16, 20), repository: r(16, 20), name: r(0, 20) },
      },
    },
    {
      raw: "index.docker.io/my/app:1.2",
      expected: {
        valid: true,
        registry: "index.docker.io",
        namespace: "my",
        repository: "app",
        path: "my/app",
        tag: "1.2",
        normalized: {
          registry: "docker.io",
          path: "my/app",
          name: "docker.io/my/app",
          familiar: "my/app",
          tag: "1.2",
          full: "docker.io/my/app:1.2",
        },
        ranges: {
          registry: r(0, 15),
          path: r(16, 22),
          repository: r(19, 22),
          name: r(0, 22),
          tag: r(23, 26),
        },
      },
    },
    {
      raw: "docker.io/node",
      expected: {
        valid: true,
        registry: "docker.io",
        path: "node",
        normalized: {
          registry: "docker.io",
          path: "library/node",
          name: "docker.io/library/node",
          familiar: "node",
          tag: "latest",
          full: "docker.io/library/node:latest",
        },
      },
    },
    {
      raw: "localhost:5000/app:1",
      expected: {
        valid: true,
        registry: "localhost:5000",
        namespace: undefined,
        repository: "app",
        path: "app",
        tag: "1",
        normalized: {
          registry: "localhost:5000",
          path: "app",
          name: "localhost:5000/app",
          familiar: "localhost:5000/app",
          tag: "1",
          full: "localhost:5000/app:1",
        },
        ranges: {
          registry: r(0, 14),
          path: r(15, 18),
          repository: r(15, 18),
          name: r(0, 18),
          tag: r(19, 20),
        },
      },
    },
    {
      raw: "localhost/app",
      expected: { valid: true, registry: "localhost", path: "app" },
    },
    {
      raw: `ghcr.io/org/team/app@${SHA}`,
      expected: {
        valid: true,
        registry: "ghcr.io",
        namespace: "org/team",
        repository: "app",
        path: "org/team/app",
        tag: undefined,
        digest: SHA,
        normalized: {
          registry: "ghcr.io",
          path: "org/team/app",
          name: "ghcr.io/org/team/app",
          familiar: "ghcr.io/org/team/app",
          digest: SHA,
          full: `ghcr.io/org/team/app@${SHA}`,
        },
        ranges: {
          registry: r(0, 7),
          path: r(8, 20),
          repository: r(17, 20),
          name: r(0, 20),
          digest: r(21, 92),
        },
      },
    },
    {
      raw: `app:tag@${SHA}`,
      expected: {
        valid: true,
        repository: "app",
        path: "app",
        tag: "tag",
        digest: SHA,
        normalized: {
          registry: "docker.io",
          path: "library/app",
          name: "docker.io/library/app",
          familiar: "app",
          tag: "tag",
          digest: SHA,
          full: `docker.io/library/app:tag@${SHA}`,
        },
        ranges: { path: r(0, 3), repository: r(0, 3), name: r(0, 3), tag: r(4, 7), digest: r(8, 79) },
      },
    },
    {
      raw: "[::1]:5000/app",
      expected: {
        valid: true,
        registry: "[::1]:5000",
        repository: "app",
        path: "app",
        normalized: {
          registry: "[::1]:5000",
          path: "app",
          name: "[::1]:5000/app",
          familiar: "[::1]:5000/app",
          tag: "latest",
          full: "[::1]:5000/app:latest",
        },
        ranges: { registry: r(0, 10), path: r(11, 14), repository: r(11, 14), name: r(0, 14) },
      },
    },
    {
      raw: "[2001:db8::1]/app:v1",
      expected: { valid: true, registry: "[2001:db8::1]", path: "app", tag: "v1" },
    },
    { raw: "192.168.1.1:5000/x/y", expected: { valid: true, registry: "192.168.1.1:5000", path: "x/y" } },
    {
      raw: "scratch",
      expected: {
        valid: true,
        scratch: true,
        repository: "scratch",
        path: "scratch",
        normalized: {
          registry: "docker.io",
          path: "library/scratch",
          name: "docker.io/library/scratch",
          familiar: "scratch",
          tag: "latest",
          full: "docker.io/library/scratch:latest",
        },
      },
    },
    // Docker's splitDockerDomain: no "/" means a Docker Hub name even when it looks like a host
    { raw: "localhost:5000", expected: { valid: true, registry: undefined, path: "localhost", tag: "5000" } },
    { raw: "ghcr.io", expected: { valid: true, registry: undefined, path: "ghcr.io" } },
    // an uppercase first component is taken as a registry host
    {
      raw: "MyHost/app",
      expected: {
        valid: true,
        registry: "MyHost",
        path: "app",
        normalized: expect.objectContaining({ name: "MyHost/app" }),
      },
    },
    // separators: ".", "_", "__", and runs of "-"
    { raw: "a.b-c--d.e/f", expected: { valid: true, registry: "a.b-c--d.e", path: "f" } },
    {
      raw: "a_b__c---d/e.f",
      expected: { valid: true, registry: undefined, namespace: "a_b__c---d", path: "a_b__c---d/e.f" },
    },
    { raw: "node:_x.Y-z", expected: { valid: true, tag: "_x.Y-z" } },
    { raw: `app:${"a".repeat(128)}`, expected: { valid: true, tag: "a".repeat(128) } },
    { raw: `app@sha512:${HEX64}${HEX64}`, expected: { valid: true, digest: `sha512:${HEX64}${HEX64}` } },
    { raw: `${"a".repeat(247)}`, expected: { valid: true } }, // "library/" + 247 = 255
    { raw: `x/${"a".repeat(253)}`, expected: { valid: true } }, // 255
  ];

  it.each(cases)("$raw", ({ raw, expected }) => {
    const ref = parseImageRef(raw);
    expect(ref.error).toBeUndefined();
    const defined = Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined));
    expect(ref).toMatchObject({ raw, ...defined });
    for (const key of ["registry", "namespace", "tag", "digest"] as const) {
      if (key in expected && expected[key] === undefined) expect(ref[key]).toBeUndefined();
    }
    if (expected.ranges !== undefined) expect(ref.ranges).toEqual(expected.ranges);
    if (expected.normalized !== undefined && !("asymmetricMatch" in expected.normalized)) {
      expect(ref.normalized).toEqual(expected.normalized);
    }
    expectRangesMatchParts(ref);
    expect(recompose(ref)).toBe(raw);
  });

  it("adds offset to every range", () => {
    const ref = parseImageRef(`ghcr.io/org/app:1@${SHA}`, 100);
    expect(ref.ranges).toEqual({
      registry: r(100, 107),
      path: r(108, 115),
      repository: r(112, 115),
      name: r(100, 115),
      tag: r(116, 117),
      digest: r(118, 189),
    });
    expectRangesMatchParts(ref, 100);
  });
});

describe("parseImageRef: invalid references", () => {
  const FORMAT = "invalid reference format";
  const cases: Array<{ raw: string; error: string | RegExp; errorRange: Range; parts?: Partial<ImageRef> }> =
    [
      {
        raw: "Node",
        error: `${FORMAT}: repository name must be lowercase`,
        errorRange: r(0, 4),
        parts: {
          repository: "Node",
          path: "Node",
          ranges: { path: r(0, 4), repository: r(0, 4), name: r(0, 4) },
        },
      },
      {
        raw: "ghcr.io/Org/app:1",
        error: `${FORMAT}: repository name must be lowercase`,
        errorRange: r(8, 15),
        parts: { registry: "ghcr.io", namespace: "Org", repository: "app", tag: "1" },
      },
      {
        raw: "app:",
        error: `${FORMAT}: empty tag`,
        errorRange: r(3, 4),
        parts: {
          path: "app",
          tag: "",
          ranges: { path: r(0, 3), repository: r(0, 3), name: r(0, 3), tag: r(4, 4) },
        },
      },
      {
        raw: ":tag",
        error: `${FORMAT}: missing repository name`,
        errorRange: r(0, 0),
        parts: { path: "", repository: "", tag: "tag" },
      },
      {
        raw: "a//b",
        error: `${FORMAT}: empty repository path component`,
        errorRange: r(2, 3),
        parts: { path: "a//b" },
      },
      { raw: "app/", error: `${FORMAT}: empty repository path component`, errorRange: r(4, 4) },
      { raw: "/app", error: `${FORMAT}: empty repository path component`, errorRange: r(0, 1) },
      { raw: "ghcr.io/", error: `${FORMAT}: missing repository name`, errorRange: r(8, 8) },
      {
        raw: "app@sha256:short",
        error: `${FORMAT}: invalid character "s" in digest`,
        errorRange: r(11, 12),
        parts: {
          path: "app",
          digest: "sha256:short",
          ranges: { path: r(0, 3), repository: r(0, 3), name: r(0, 3), digest: r(4, 16) },
        },
      },
      {
        raw: `app@sha256:${HEX64.slice(0, 40)}`,
        error: "invalid checksum digest format: sha256 needs exactly 64 lowercase hex digits",
        errorRange: r(4, 51),
      },
      {
        raw: `app@sha256:${HEX64.toUpperCase()}`,
        error: "invalid checksum digest format: sha256 needs exactly 64 lowercase hex digits",
        errorRange: r(4, 75),
      },
      { raw: `app@md5:${HEX64}`, error: "unsupported digest algorithm: md5", errorRange: r(4, 72) },
      {
        raw: `app@SHA256:${HEX64}`,
        error: "invalid reference format: repository name must be lowercase",
        errorRange: r(0, 10),
      },
      {
        raw: `app:1@SHA256:${HEX64}`,
        error: "invalid checksum digest format: digest algorithm must be lowercase",
        errorRange: r(6, 77),
      },
      {
        raw: `app@sha256:${HEX64.slice(0, 31)}`,
        error: `${FORMAT}: digest must have at least 32 hex digits`,
        errorRange: r(4, 42),
      },
      { raw: "app@", error: `${FORMAT}: empty digest`, errorRange: r(3, 4) },
      {
        raw: `app@${"a".repeat(40)}`,
        error: `${FORMAT}: digest must be algorithm:hex`,
        errorRange: r(4, 44),
      },
      {
        raw: `app@${HEX64}`,
        error: `${FORMAT}: digest algorithm components must start with a letter`,
        errorRange: r(4, 5),
      },
      { raw: `a@b@${SHA}`, error: `${FORMAT}: invalid character "@" in digest`, errorRange: r(3, 4) },
      {
        raw: "app:-x",
        error: `${FORMAT}: tag must start with a letter, digit or underscore`,
        errorRange: r(4, 5),
      },
      {
        raw: `app:${"a".repeat(129)}`,
        error: `${FORMAT}: tag must be at most 128 characters`,
        errorRange: r(4, 133),
      },
      { raw: "app:x/2", error: `${FORMAT}: registry port must be a number`, errorRange: r(0, 5) },
      {
        raw: "a.io/b:c/d",
        error: `${FORMAT}: invalid character ":" in repository name`,
        errorRange: r(6, 7),
      },
      {
        raw: "-a.io/b",
        error: `${FORMAT}: registry host components must start and end with a letter or digit`,
        errorRange: r(0, 5),
      },
      {
        raw: "a-.io/b",
        error: `${FORMAT}: registry host components must start and end with a letter or digit`,
        errorRange: r(0, 5),
      },
      { raw: "[]:5000/app", error: `${FORMAT}: invalid IPv6 address in registry host`, errorRange: r(0, 7) },
      {
        raw: "[::1]:5000",
        error: `${FORMAT}: invalid character "[" in repository name`,
        errorRange: r(0, 1),
      },
      {
        raw: "a..b",
        error: `${FORMAT}: a separator in the repository name must be followed by a lowercase letter or digit`,
        errorRange: r(1, 2),
      },
      {
        raw: "a___b",
        error: `${FORMAT}: a separator in the repository name must be followed by a lowercase letter or digit`,
        errorRange: r(2, 3),
      },
      {
        raw: "a-",
        error: `${FORMAT}: a separator in the repository name must be followed by a lowercase letter or digit`,
        errorRange: r(1, 2),
      },
      {
        raw: "_a",
        error: `${FORMAT}: repository path components must start with a lowercase letter or digit`,
        errorRange: r(0, 1),
      },
      { raw: " node", error: `${FORMAT}: invalid character " " in repository name`, errorRange: r(0, 1) },
      { raw: "nöde", error: `${FORMAT}: invalid character "ö" in repository name`, errorRange: r(1, 2) },
      { raw: "", error: `${FORMAT}: empty reference`, errorRange: r(0, 0) },
      {
        raw: HEX64,
        error: `invalid repository name (${HEX64}), cannot specify 64-byte hexadecimal strings`,
        errorRange: r(0, 64),
      },
      // Docker's deviation-free rejection: my_reg.io is taken as a host (it has a "."), and is not one
      {
        raw: "my_reg.io/app",
        error: `${FORMAT}: invalid character "_" in registry host`,
        errorRange: r(2, 3),
      },
      {
        raw: "a".repeat(248), // "library/" + 248 = 256
        error: "repository name must not be more than 255 characters",
        errorRange: r(0, 248),
      },
      {
        raw: `x/${"a".repeat(254)}`,
        error: "repository name must not be more than 255 characters",
        errorRange: r(0, 256),
      },
      { raw: "!@#$%^&*()", error: "contains unexpanded variable", errorRange: r(3, 4) },
      { raw: "<<>>", error: `${FORMAT}: invalid character "<" in repository name`, errorRange: r(0, 1) },
    ];

  it.each(cases)("$raw", ({ raw, error, errorRange, parts }) => {
    const ref = parseImageRef(raw);
    expect(ref.valid).toBe(false);
    if (typeof error === "string") expect(ref.error).toBe(error);
    else expect(ref.error).toMatch(error);
    expect(ref.errorRange).toEqual(errorRange);
    if (parts !== undefined) expect(ref).toMatchObject(parts);
    expectRangesMatchParts(ref);
    expect(recompose(ref)).toBe(raw);
  });

  it("handles very long and pathological inputs in linear time", () => {
    const inputs = [
      "a".repeat(1_000_000),
      "a-".repeat(500_000),
      `${"a/".repeat(300_000)}b`,
      `x.io/${"a_".repeat(300_000)}`,
      `app:${"a".repeat(1_000_000)}`,
      `app@sha256:${"0".repeat(1_000_000)}`,
      `${"[".repeat(100_000)}:${"$".repeat(100_000)}`,
      "${".repeat(200_000),
    ];
    const t0 = performance.now();
    for (const raw of inputs) {
      const ref = parseImageRef(raw);
      expect(ref.valid).toBe(false);
      expect(typeof ref.error).toBe("string");
    }
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe("parseImageRef: unexpanded variables", () => {
  it("points at the tag of node:${VERSION}", () => {
    const ref = parseImageRef("node:${VERSION}", 5);
    expect(ref).toMatchObject({
      valid: false,
      error: "contains unexpanded variable",
      path: "node",
      tag: "${VERSION}",
    });
    expect(ref.ranges.tag).toEqual(r(10, 20));
    expect(ref.errorRange).toEqual(r(10, 20));
  });

  it("treats ${...} as opaque when splitting", () => {
    const ref = parseImageRef("${REGISTRY:-ghcr.io}/org/app:${TAG:-1.0}@${DIGEST}");
    expect(ref).toMatchObject({
      valid: false,
      error: "contains unexpanded variable",
      registry: "${REGISTRY:-ghcr.io}",
      path: "org/app",
      repository: "app",
      tag: "${TAG:-1.0}",
      digest: "${DIGEST}",
    });
    expect(ref.errorRange).toEqual(r(0, 20));
    expectRangesMatchParts(ref);
  });

  it("handles bare $NAME and nested braces", () => {
    expect(parseImageRef("$BASE")).toMatchObject({ valid: false, path: "$BASE", errorRange: r(0, 5) });
    const nested = parseImageRef("app:${A:-${B:-x}}");
    expect(nested).toMatchObject({ tag: "${A:-${B:-x}}", errorRange: r(4, 17) });
    const open = parseImageRef("app:${A");
    expect(open).toMatchObject({ tag: "${A", errorRange: r(4, 7) });
  });
});

describe("isWindowsImage", () => {
  it("knows Windows repositories and tags", () => {
    for (const t of [
      "mcr.microsoft.com/windows/servercore:ltsc2022",
      "mcr.microsoft.com/windows/nanoserver:1809",
      "golang:1.16.0-windowsservercore-1809",
      "python:3.12-windowsservercore-ltsc2022",
      "plugins/base:windows-1809",
      "mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2022",
    ])
      expect(isWindowsImage(parseImageRef(t)), t).toBe(true);
    for (const t of [
      "golang:1.22",
      "mcr.microsoft.com/powershell:7.4-ubuntu-22.04",
      "alpine:3.20",
      "node:20-bookworm",
    ])
      expect(isWindowsImage(parseImageRef(t)), t).toBe(false);
  });
});

describe("helpers", () => {
  const p = parseImageRef;
  it("isPinnedByDigest", () => {
    expect(isPinnedByDigest(p(`app@${SHA}`))).toBe(true);
    expect(isPinnedByDigest(p(`app:1@${SHA}`))).toBe(true);
    expect(isPinnedByDigest(p("app:1"))).toBe(false);
    expect(isPinnedByDigest(p("app@sha256:short"))).toBe(false);
    expect(isPinnedByDigest(p(`app@md5:${HEX64}`))).toBe(false);
    expect(isPinnedByDigest(p("app@${D}"))).toBe(false);
    expect(isPinnedByDigest(p("scratch"))).toBe(false);
  });
  it("hasExplicitTag", () => {
    expect(hasExplicitTag(p("app:1"))).toBe(true);
    expect(hasExplicitTag(p(`app:1@${SHA}`))).toBe(true);
    expect(hasExplicitTag(p(`app@${SHA}`))).toBe(false);
    expect(hasExplicitTag(p("app"))).toBe(false);
    expect(hasExplicitTag(p("app:"))).toBe(false);
    expect(hasExplicitTag(p("localhost:5000/app"))).toBe(false);
  });
  it("usesLatest", () => {
    expect(usesLatest(p("app"))).toBe(true);
    expect(usesLatest(p("app:latest"))).toBe(true);
    expect(usesLatest(p("ghcr.io/a/b"))).toBe(true);
    expect(usesLatest(p("app:1"))).toBe(false);
    expect(usesLatest(p(`app@${SHA}`))).toBe(false);
    expect(usesLatest(p(`app:latest@${SHA}`))).toBe(true);
    expect(usesLatest(p("app:${TAG}"))).toBe(false);
    expect(usesLatest(p("${IMAGE}"))).toBe(false);
    expect(usesLatest(p("scratch"))).toBe(false);
    expect(usesLatest(p("Scratch"))).toBe(true); // not special: an (invalid) image name
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, with an oracle that follows distribution/reference's ParseNormalizedNamed through
// its documented grammar (JS regexes are fine here: the generated inputs are short).

const alnum = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const referenceRe = new RegExp(
  `^((?:${domainAndPort}/)?${remoteName})(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}))?$`,
);
const nameRe = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);

type Oracle = { ok: false } | { ok: true; domain: string; path: string; tag?: string; digest?: string };

function dockerParseNormalizedNamed(s: string): Oracle {
  if (/^[a-f0-9]{64}$/.test(s)) return { ok: false };
  // splitDockerDomain
  let domain = "docker.io";
  let remainder = `library/${s}`;
  const slash = s.indexOf("/");
  if (slash >= 0) {
    const maybe = s.slice(0, slash);
    const rest = s.slice(slash + 1);
    if (maybe === "localhost") [domain, remainder] = [maybe, rest];
    else if (maybe === "index.docker.io") [domain, remainder] = ["docker.io", rest];
    else if (/[.:]/.test(maybe)) [domain, remainder] = [maybe, rest];
    else if (maybe.toLowerCase() !== maybe) [domain, remainder] = [maybe, rest];
    else remainder = s;
    if (domain === "docker.io" && !remainder.includes("/")) remainder = `library/${remainder}`;
  }
  const colon = remainder.indexOf(":");
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return { ok: false };
  const m = referenceRe.exec(`${domain}/${remainder}`);
  if (m === null) return { ok: false };
  const nm = nameRe.exec(m[1]!);
  const out = {
    ok: true as const,
    domain: nm?.[1] ?? "",
    path: nm ? nm[2]! : m[1]!,
    tag: m[2],
    digest: m[3],
  };
  if (out.path.length > 255) return { ok: false };
  if (out.digest !== undefined) {
    const [alg, hex] = out.digest.split(":") as [string, string];
    const len = { sha256: 64, sha384: 96, sha512: 128 }[alg];
    if (len === undefined || hex.length !== len || /[A-F]/.test(hex)) return { ok: false };
  }
  return out;
}

const chars = (s: string) => fc.constantFrom(...s.split(""));
const lowerAlnumArb = fc.string({
  unit: chars("abcdefghijklmnopqrstuvwxyz0123456789"),
  minLength: 1,
  maxLength: 5,
});
const separatorArb = fc.constantFrom(".", "_", "__", "-", "--", "---");
const pathComponentArb = fc
  .tuple(lowerAlnumArb, fc.array(fc.tuple(separatorArb, lowerAlnumArb), { maxLength: 3 }))
  .map(([head, rest]) => head + rest.map(([s, a]) => s + a).join(""));
const pathArb = fc.array(pathComponentArb, { minLength: 1, maxLength: 4 }).map((a) => a.join("/"));
const hostComponentArb = fc
  .tuple(
    fc.string({ unit: chars("abcXYZ019"), minLength: 1, maxLength: 3 }),
    fc.option(
      fc.tuple(
        fc.string({ unit: chars("a9Z-"), maxLength: 3 }),
        fc.string({ unit: chars("b8Y"), minLength: 1, maxLength: 2 }),
      ),
    ),
  )
  .map(([a, b]) => (b === null ? a : a + b[0] + b[1]));
const portArb = fc.option(
  fc.integer({ min: 0, max: 99999 }).map((p) => `:${p}`),
  { nil: "" },
);
const registryArb = fc.oneof(
  fc
    .tuple(fc.array(hostComponentArb, { minLength: 2, maxLength: 3 }), portArb)
    .map(([c, p]) => c.join(".") + p),
  fc.tuple(hostComponentArb, fc.integer({ min: 0, max: 65535 })).map(([h, p]) => `${h}:${p}`),
  fc.tuple(fc.constantFrom("localhost", "index.docker.io", "docker.io"), portArb).map(([h, p]) => h + p),
  fc.tuple(fc.constantFrom("::1", "2001:db8::1", "FE80::A", "::"), portArb).map(([h, p]) => `[${h}]${p}`),
  fc.constantFrom("MyHost", "REG"),
);
const tagArb = fc
  .tuple(chars("aZ9_"), fc.string({ unit: chars("aZ9_.-"), maxLength: 10 }))
  .map(([a, b]) => a + b);
const digestArb = fc.oneof(
  fc.string({ unit: chars("0123456789abcdef"), minLength: 64, maxLength: 64 }).map((h) => `sha256:${h}`),
  fc.string({ unit: chars("0123456789abcdef"), minLength: 128, maxLength: 128 }).map((h) => `sha512:${h}`),
);
const validRefArb = fc
  .record({
    registry: fc.option(registryArb, { nil: undefined }),
    path: pathArb,
    tag: fc.option(tagArb, { nil: undefined }),
    digest: fc.option(digestArb, { nil: undefined }),
  })
  .map((p) => {
    // without a registry, a first component containing "." would be taken as one (splitDockerDomain)
    if (p.registry === undefined && p.path.includes("/")) {
      const slash = p.path.indexOf("/");
      return { ...p, path: p.path.slice(0, slash).replaceAll(".", "-") + p.path.slice(slash) };
    }
    return p;
  })
  .map((p) => ({
    ...p,
    raw:
      (p.registry === undefined ? "" : `${p.registry}/`) +
      p.path +
      (p.tag === undefined ? "" : `:${p.tag}`) +
      (p.digest === undefined ? "" : `@${p.digest}`),
  }));

const junkUnit = chars("aZ09./:@_-[]${}!é ");
const mutatedArb = fc
  .tuple(
    validRefArb,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("ins", "del", "set"), junkUnit), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([{ raw }, edits]) => {
    let s = raw;
    for (const [n, op, ch] of edits) {
      const i = s.length === 0 ? 0 : n % s.length;
      s =
        op === "ins"
          ? s.slice(0, i) + ch + s.slice(i)
          : s.slice(0, i) + (op === "set" ? ch : "") + s.slice(i + 1);
    }
    return s;
  });
const anyTextArb = fc.oneof(
  mutatedArb,
  fc.string({ unit: junkUnit, maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);

describe("parseImageRef: properties", () => {
  it("never throws; ranges are ordered and within the text; parts match ranges", () => {
    fc.assert(
      fc.property(anyTextArb, fc.integer({ min: 0, max: 1000 }), (text, offset) => {
        const ref = parseImageRef(text, offset);
        const all = [...Object.values(ref.ranges), ...(ref.errorRange ? [ref.errorRange] : [])];
        for (const range of all) {
          expect(range.start).toBeGreaterThanOrEqual(offset);
          expect(range.end).toBeLessThanOrEqual(offset + text.length);
          expect(range.start).toBeLessThanOrEqual(range.end);
        }
        expect(ref.valid).toBe(ref.error === undefined);
        expectRangesMatchParts(ref, offset);
        expect(recompose(ref)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts generated valid references and recomposes them", () => {
    fc.assert(
      fc.property(validRefArb, ({ raw, registry, path, tag, digest }) => {
        const ref = parseImageRef(raw);
        expect(ref.error).toBeUndefined();
        expect(ref.valid).toBe(true);
        expect([ref.registry, ref.path, ref.tag, ref.digest]).toEqual([registry, path, tag, digest]);
        expect(recompose(ref)).toBe(raw);
        expectRangesMatchParts(ref);
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with Docker's ParseNormalizedNamed (except documented deviations)", () => {
    const seen = { accepted: 0, rejected: 0, deviation: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          validRefArb.map((v) => v.raw),
          mutatedArb,
          mutatedArb,
        ),
        (text) => {
          fc.pre(!text.includes("$"));
          const ref = parseImageRef(text);
          const docker = dockerParseNormalizedNamed(text);
          if (docker.ok && docker.domain === "") {
            // Docker accepts e.g. "my_reg.io/app" with an empty domain; we reject it
            seen.deviation++;
            expect(ref.valid).toBe(false);
            return;
          }
          seen[docker.ok ? "accepted" : "rejected"]++;
          expect(ref.valid).toBe(docker.ok);
          if (docker.ok) {
            expect(ref.normalized.registry).toBe(docker.domain);
            expect(ref.normalized.path).toBe(docker.path);
            expect(ref.tag).toBe(docker.tag);
            expect(ref.digest).toBe(docker.digest);
          }
        },
      ),
      { numRuns: 5000 },
    );
    expect(seen.accepted).toBeGreaterThan(1000);
    expect(seen.rejected).toBeGreaterThan(1000);
  });

  it("the oracle itself sees the documented deviation", () => {
    expect(dockerParseNormalizedNamed("my_reg.io/app")).toEqual({
      ok: true,
      domain: "",
      path: "my_reg.io/app",
      tag: undefined,
      digest: undefined,
    });
    expect(dockerParseNormalizedNamed("node")).toMatchObject({
      ok: true,
      domain: "docker.io",
      path: "library/node",
    });
  });
});
