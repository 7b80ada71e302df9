/**
 * Docker image references (`FROM <image>`, `COPY --from=<image>`), parsed the way Docker's
 * `reference.ParseNormalizedNamed` (distribution/reference) does, by a hand-written linear scanner.
 *
 * Grammar (distribution/reference):
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [ domain "/" ] path-component [ "/" path-component ]*
 *   domain           := host [ ":" port ]            host := domain-name | "[" [a-fA-F0-9:]+ "]"
 *   domain-name      := domain-component [ "." domain-component ]*
 *   domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
 *   port             := [0-9]+
 *   path-component   := [a-z0-9]+ ( separator [a-z0-9]+ )*      separator := "." | "_" | "__" | "-"+
 *   tag              := [\w][\w.-]{0,127}
 *   digest           := algorithm ":" [0-9a-fA-F]{32,}
 *   algorithm        := [A-Za-z][A-Za-z0-9]* ( [-_+.] [A-Za-z][A-Za-z0-9]* )*
 *
 * The text before the first `/` is a registry only if it is `localhost`, contains `.` or `:`, or
 * contains an uppercase letter; otherwise the whole name is a Docker Hub path. Checks run in
 * Docker's order: 64-hex identifier, lowercase repository, grammar, path length (255, measured on
 * the normalised path, so `library/` counts), then go-digest's algorithm and length checks
 * (sha256/sha384/sha512 with exactly 64/96/128 lowercase hex digits; other algorithms are
 * "unsupported").
 *
 * Deviations from Docker:
 * - A first component that Docker takes as a domain (it contains a `.`) but that is not a valid
 *   host, while the whole name would be a valid path (e.g. `my_reg.io/app`), is accepted by Docker
 *   with an empty domain and cannot be pulled; we report it as invalid.
 * - Unexpanded variables (`$X`, `${X...}`) make the reference invalid with its own message; `${...}`
 *   is skipped as a unit when looking for `/`, `:` and `@`, so ranges stay useful.
 * - Error messages add a detail after Docker's text (e.g. "invalid reference format: empty tag").
 */
import type { Range } from "../text/range.js";

export interface NormalizedImageRef {
  /** registry with Docker Hub defaults: "docker.io" when none is written; "index.docker.io" becomes "docker.io" */
  registry: string;
  /** path with "library/" added for single-component Docker Hub names */
  path: string;
  /** registry + "/" + path, e.g. "docker.io/library/node" */
  name: string;
  /** the short name Docker shows, e.g. "node", "my/app", "ghcr.io/org/app" */
  familiar: string;
  /** the tag as written, or "latest" when neither tag nor digest is written */
  tag?: string;
  digest?: string;
  /** name[:tag][@digest], e.g. "docker.io/library/node:latest" */
  full: string;
}

export interface ImageRefRanges {
  registry?: Range;
  path: Range;
  repository: Range;
  /** the tag without its ":" */
  tag?: Range;
  /** the digest without its "@" */
  digest?: Range;
  /** registry + path (the path alone when no registry is written) */
  name: Range;
}

export interface ImageRef {
  /** the text parsed */
  raw: string;
  valid: boolean;
  /** why invalid, e.g. "invalid reference format: repository name must be lowercase" */
  error?: string;
  /** where the problem is (source offsets, like `ranges`) */
  errorRange?: Range;
  /** exactly "scratch", which BuildKit special-cases (case-sensitive; "scratch:latest" is not) */
  scratch: boolean;
  /** as written, e.g. "ghcr.io", "localhost:5000"; undefined if not written */
  registry?: string;
  /** path before the last component, e.g. "library", "my/team"; undefined for a single component */
  namespace?: string;
  /** last path component, e.g. "node" */
  repository: string;
  /** full path as written without registry: "my/team/app" or "node" */
  path: string;
  tag?: string;
  /** e.g. "sha256:..." */
  digest?: string;
  normalized: NormalizedImageRef;
  /** offsets into the source: relative to the start of `raw`, plus the `offset` argument */
  ranges: ImageRefRanges;
}

const DEFAULT_REGISTRY = "docker.io";
const LEGACY_REGISTRY = "index.docker.io";
const OFFICIAL_PREFIX = "library/";
const DEFAULT_TAG = "latest";
const LOCALHOST = "localhost";
const MAX_PATH_LENGTH = 255;
const MAX_TAG_LENGTH = 128;
const MIN_DIGEST_HEX = 32;
const FORMAT = "invalid reference format";
const UNEXPANDED = "contains unexpanded variable";

/** go-digest's registered algorithms and their hex lengths */
const DIGEST_HEX_LENGTHS: ReadonlyMap<string, number> = new Map([
  ["sha256", 64],
  ["sha384", 96],
  ["sha512", 128],
]);

const DOLLAR = 0x24;
const PLUS = 0x2b;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;
const AT = 0x40;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const UNDERSCORE = 0x5f;
const LBRACE = 0x7b;
const RBRACE = 0x7d;

// The classes test ranges directly, without calling each other (cold code pays per call).
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLowerAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === UNDERSCORE;
}
function isLowerHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);
}
function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** Sticky runs for the hot loops: `[a-z0-9]*` (path components), `[A-Za-z0-9-]*` (host), `[\w.-]*` (tag). */
const LOWER_ALNUM_RUN = /[a-z0-9]*/y;
const HOST_RUN = /[A-Za-z0-9-]*/y;
const TAG_RUN = /[\w.-]*/y;

/** End of the run of `re` from `start`, at most `end`. */
function runEnd(re: RegExp, text: string, start: number, end: number): number {
  re.lastIndex = start;
  re.test(text);
  return Math.min(re.lastIndex, end);
}

/** A grammar failure: a message and the (raw-relative) span it is about. */
interface Failure {
  message: string;
  start: number;
  end: number;
}

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

function badChar(text: string, i: number, where: string): Failure {
  const ch = charAt(text, i);
  return {
    message: `${FORMAT}: invalid character ${JSON.stringify(ch)} in ${where}`,
    start: i,
    end: i + ch.length,
  };
}

/** `i` is at "${"; returns the index just after the matching "}" (or the end of text). */
function skipBraced(text: string, i: number): number {
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LBRACE) depth++;
    else if (c === RBRACE && --depth === 0) return j + 1;
  }
  return text.length;
}

/** Where the separators are: one pass, treating `$NAME` and `${...}` as opaque. */
interface Layout {
  /** first "@" (outside variables), or -1 */
  at: number;
  firstSlash: number;
  lastSlash: number;
  /** the ":" that starts the tag (after the last "/", before "@"), or -1 */
  tagColon: number;
  /** end of the name (registry + path) */
  nameEnd: number;
  /** end of name + tag (the "@" or the end of text) */
  refEnd: number;
  /** first variable, or -1 */
  varStart: number;
  varEnd: number;
}

function scanLayout(text: string): Layout {
  const n = text.length;
  let at = -1;
  let firstSlash = -1;
  let lastSlash = -1;
  let lastColon = -1;
  let varStart = -1;
  let varEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === DOLLAR) {
      let end: number;
      if (text.charCodeAt(i + 1) === LBRACE) end = skipBraced(text, i);
      else {
        end = i + 1;
        while (end < n && isWord(text.charCodeAt(end))) end++;
      }
      if (varStart < 0) {
        varStart = i;
        varEnd = end;
      }
      i = end;
      continue;
    }
    if (at < 0) {
      if (c === AT) at = i;
      else if (c === SLASH) {
        if (firstSlash < 0) firstSlash = i;
        lastSlash = i;
      } else if (c === COLON) lastColon = i;
    }
    i++;
  }
  const refEnd = at >= 0 ? at : n;
  const tagColon = lastColon > lastSlash ? lastColon : -1;
  const nameEnd = tagColon >= 0 ? tagColon : refEnd;
  return { at, firstSlash, lastSlash, tagColon, nameEnd, refEnd, varStart, varEnd };
}

/** Docker's splitDockerDomain test for the text before the first "/". */
function looksLikeRegistry(candidate: string): boolean {
  if (candidate === LOCALHOST || candidate === LEGACY_REGISTRY) return true;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c === DOT || c === COLON || c === DOLLAR) return true;
  }
  return candidate.toLowerCase() !== candidate;
}

/** host [":" port] over text[start, end). */
function checkHost(text: string, start: number, end: number): Failure | undefined {
  const whole = (detail: string): Failure => ({ message: `${FORMAT}: ${detail}`, start, end });
  let i = start;
  if (i >= end) return whole("empty registry host");
  if (text.charCodeAt(i) === LBRACKET) {
    i++;
    const addrStart = i;
    while (i < end && (isHex(text.charCodeAt(i)) || text.charCodeAt(i) === COLON)) i++;
    if (i === addrStart || i >= end || text.charCodeAt(i) !== RBRACKET) {
      return whole("invalid IPv6 address in registry host");
    }
    i++;
  } else {
    for (;;) {
      // one domain-component: alnum, then alnum or "-", ending in alnum
      if (i >= end || !isAlnum(text.charCodeAt(i))) {
        const c = text.charCodeAt(i);
        return i < end && c !== DOT && c !== COLON && c !== DASH
          ? badChar(text, i, "registry host")
          : whole("registry host components must start and end with a letter or digit");
      }
      i = runEnd(HOST_RUN, text, i, end);
      if (text.charCodeAt(i - 1) === DASH) {
        return whole("registry host components must start and end with a letter or digit");
      }
      if (i < end && text.charCodeAt(i) === DOT) {
        i++;
        continue;
      }
      break;
    }
  }
  if (i === end) return undefined;
  if (text.charCodeAt(i) !== COLON) return badChar(text, i, "registry host");
  i++;
  const portStart = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  if (i === portStart || i !== end)
    return { message: `${FORMAT}: registry port must be a number`, start, end };
  return undefined;
}

/** path-component ["/" path-component]* over text[start, end). */
function checkPath(text: string, start: number, end: number): Failure | undefined {
  if (start >= end) return { message: `${FORMAT}: missing repository name`, start, end };
  let i = start;
  // expecting the start of a component (afterSeparator=false) or the alnum run after a separator
  let afterSeparator = false;
  for (;;) {
    if (i >= end || !isLowerAlnum(text.charCodeAt(i))) {
      if (afterSeparator) {
        return {
          message: `${FORMAT}: a separator in the repository name must be followed by a lowercase letter or digit`,
          start: i - 1,
          end: i,
        };
      }
      if (i >= end || text.charCodeAt(i) === SLASH) {
        return { message: `${FORMAT}: empty repository path component`, start: i, end: Math.min(i + 1, end) };
      }
      return isAlnum(text.charCodeAt(i)) ||
        text.charCodeAt(i) === DOT ||
        text.charCodeAt(i) === UNDERSCORE ||
        text.charCodeAt(i) === DASH
        ? {
            message: `${FORMAT}: repository path components must start with a lowercase letter or digit`,
            start: i,
            end: i + 1,
          }
        : badChar(text, i, "repository name");
    }
    i = runEnd(LOWER_ALNUM_RUN, text, i, end);
    if (i === end) return undefined;
    const c = text.charCodeAt(i);
    if (c === SLASH) {
      i++;
      afterSeparator = false;
    } else if (c === DOT) {
      i++;
      afterSeparator = true;
    } else if (c === UNDERSCORE) {
      i++;
      if (i < end && text.charCodeAt(i) === UNDERSCORE) i++;
      afterSeparator = true;
    } else if (c === DASH) {
      while (i < end && text.charCodeAt(i) === DASH) i++;
      afterSeparator = true;
    } else {
      return badChar(text, i, "repository name");
    }
  }
}

/** [\w][\w.-]{0,127} over text[start, end). */
function checkTag(text: string, start: number, end: number): Failure | undefined {
  if (start >= end) return { message: `${FORMAT}: empty tag`, start: start - 1, end: start };
  if (!isWord(text.charCodeAt(start))) {
    const c = text.charCodeAt(start);
    return c === DOT || c === DASH
      ? { message: `${FORMAT}: tag must start with a letter, digit or underscore`, start, end: start + 1 }
      : badChar(text, start, "tag");
  }
  const bad = runEnd(TAG_RUN, text, start + 1, end);
  if (bad < end) return badChar(text, bad, "tag");
  if (end - start > MAX_TAG_LENGTH) {
    return { message: `${FORMAT}: tag must be at most ${MAX_TAG_LENGTH} characters`, start, end };
  }
  return undefined;
}

/** Docker's reference grammar for a digest over text[start, end); returns the ":" index on success. */
function checkDigestSyntax(text: string, start: number, end: number): Failure | number {
  if (start >= end) return { message: `${FORMAT}: empty digest`, start: start - 1, end: start };
  let i = start;
  for (;;) {
    if (i >= end || !isAlpha(text.charCodeAt(i))) {
      return i < end && text.charCodeAt(i) !== COLON && !isAlnum(text.charCodeAt(i))
        ? badChar(text, i, "digest")
        : {
            message: `${FORMAT}: digest algorithm components must start with a letter`,
            start,
            end: Math.min(i + 1, end),
          };
    }
    while (i < end && isAlnum(text.charCodeAt(i))) i++;
    if (i >= end) return { message: `${FORMAT}: digest must be algorithm:hex`, start, end };
    const c = text.charCodeAt(i);
    if (c === COLON) break;
    if (c === DASH || c === UNDERSCORE || c === PLUS || c === DOT) {
      i++;
      continue;
    }
    return badChar(text, i, "digest");
  }
  const colon = i;
  for (i = colon + 1; i < end; i++) {
    if (!isHex(text.charCodeAt(i))) return badChar(text, i, "digest");
  }
  if (end - colon - 1 < MIN_DIGEST_HEX) {
    return { message: `${FORMAT}: digest must have at least ${MIN_DIGEST_HEX} hex digits`, start, end };
  }
  return colon;
}

/** go-digest's Validate, after the reference grammar has accepted the digest. */
function digestSemanticsError(algorithm: string, hex: string): string | undefined {
  const expected = DIGEST_HEX_LENGTHS.get(algorithm);
  if (expected === undefined) {
    // go-digest's own digest pattern only allows lowercase algorithms
    return algorithm.toLowerCase() !== algorithm
      ? "invalid checksum digest format: digest algorithm must be lowercase"
      : `unsupported digest algorithm: ${algorithm}`;
  }
  let ok = hex.length === expected;
  for (let i = 0; ok && i < hex.length; i++) ok = isLowerHex(hex.charCodeAt(i));
  return ok
    ? undefined
    : `invalid checksum digest format: ${algorithm} needs exactly ${expected} lowercase hex digits`;
}

function digestError(text: string, start: number, end: number): Failure | undefined {
  const syntax = checkDigestSyntax(text, start, end);
  if (typeof syntax !== "number") return syntax;
  const message = digestSemanticsError(text.slice(start, syntax), text.slice(syntax + 1, end));
  return message === undefined ? undefined : { message, start, end };
}

function isIdentifier(text: string): boolean {
  if (text.length !== 64) return false;
  for (let i = 0; i < 64; i++) if (!isLowerHex(text.charCodeAt(i))) return false;
  return true;
}

function normalize(
  registry: string | undefined,
  path: string,
  tag: string | undefined,
  digest: string | undefined,
): NormalizedImageRef {
  const reg = registry === undefined || registry === LEGACY_REGISTRY ? DEFAULT_REGISTRY : registry;
  const npath = reg === DEFAULT_REGISTRY && !path.includes("/") ? OFFICIAL_PREFIX + path : path;
  const name = `${reg}/${npath}`;
  let familiar = name;
  if (reg === DEFAULT_REGISTRY) {
    const rest = npath.startsWith(OFFICIAL_PREFIX) ? npath.slice(OFFICIAL_PREFIX.length) : undefined;
    familiar = rest !== undefined && !rest.includes("/") ? rest : npath;
  }
  const ntag = tag ?? (digest === undefined ? DEFAULT_TAG : undefined);
  let full = name;
  if (ntag !== undefined) full += `:${ntag}`;
  if (digest !== undefined) full += `@${digest}`;
  const out: NormalizedImageRef = { registry: reg, path: npath, name, familiar, full };
  if (ntag !== undefined) out.tag = ntag;
  if (digest !== undefined) out.digest = digest;
  return out;
}

/**
 * Parse `text` as a Docker image reference; `offset` is added to every range (pass the source
 * offset of the reference). Never throws: invalid input gives `valid: false`, an `error`, and
 * best-effort parts and ranges.
 */
export function parseImageRef(text: string, offset = 0): ImageRef {
  const raw = typeof text === "string" ? text : "";
  const base = typeof offset === "number" && Number.isFinite(offset) ? offset : 0;
  const rng = (start: number, end: number): Range => ({ start: start + base, end: end + base });
  const n = raw.length;
  const lay = scanLayout(raw);

  let registryEnd = -1;
  if (lay.firstSlash >= 0 && looksLikeRegistry(raw.slice(0, lay.firstSlash))) registryEnd = lay.firstSlash;
  const pathStart = registryEnd >= 0 ? registryEnd + 1 : 0;
  const pathEnd = lay.nameEnd;
  const repoStart = lay.lastSlash >= pathStart ? lay.lastSlash + 1 : pathStart;

  const registry = registryEnd >= 0 ? raw.slice(0, registryEnd) : undefined;
  const path = raw.slice(pathStart, pathEnd);
  const repository = raw.slice(repoStart, pathEnd);
  const namespace = repoStart > pathStart ? raw.slice(pathStart, repoStart - 1) : undefined;
  const tag = lay.tagColon >= 0 ? raw.slice(lay.tagColon + 1, lay.refEnd) : undefined;
  const digest = lay.at >= 0 ? raw.slice(lay.at + 1) : undefined;

  const ranges: ImageRefRanges = {
    path: rng(pathStart, pathEnd),
    repository: rng(repoStart, pathEnd),
    name: rng(0, pathEnd),
  };
  if (registryEnd >= 0) ranges.registry = rng(0, registryEnd);
  if (lay.tagColon >= 0) ranges.tag = rng(lay.tagColon + 1, lay.refEnd);
  if (lay.at >= 0) ranges.digest = rng(lay.at + 1, n);

  const normalized = normalize(registry, path, tag, digest);
  const failure = validate(raw, lay, registryEnd, pathStart, pathEnd, normalized.path);

  const ref: ImageRef = {
    raw,
    valid: failure === undefined,
    scratch: raw === "scratch",
    repository,
    path,
    normalized,
    ranges,
  };
  if (failure !== undefined) {
    ref.error = failure.message;
    ref.errorRange = rng(failure.start, failure.end);
  }
  if (registry !== undefined) ref.registry = registry;
  if (namespace !== undefined) ref.namespace = namespace;
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** Docker's checks, in Docker's order; the first failure wins. */
function validate(
  raw: string,
  lay: Layout,
  registryEnd: number,
  pathStart: number,
  pathEnd: number,
  normalizedPath: string,
): Failure | undefined {
  const n = raw.length;
  if (lay.varStart >= 0) return { message: UNEXPANDED, start: lay.varStart, end: lay.varEnd };
  if (n === 0) return { message: `${FORMAT}: empty reference`, start: 0, end: 0 };
  if (isIdentifier(raw)) {
    return {
      message: `invalid repository name (${raw}), cannot specify 64-byte hexadecimal strings`,
      start: 0,
      end: n,
    };
  }

  // ParseNormalizedNamed: the text after the domain, up to the first ":", must be lowercase
  const colon = raw.indexOf(":", pathStart);
  const remoteEnd = colon < 0 ? n : colon;
  if (raw.slice(pathStart, remoteEnd).toLowerCase() !== raw.slice(pathStart, remoteEnd)) {
    const path = raw.slice(pathStart, pathEnd);
    const inPath = path.toLowerCase() !== path;
    return {
      message: `${FORMAT}: repository name must be lowercase`,
      start: pathStart,
      end: inPath ? pathEnd : remoteEnd,
    };
  }

  const grammar =
    (registryEnd >= 0 ? checkHost(raw, 0, registryEnd) : undefined) ??
    checkPath(raw, pathStart, pathEnd) ??
    (lay.tagColon >= 0 ? checkTag(raw, lay.tagColon + 1, lay.refEnd) : undefined);
  if (grammar !== undefined) return grammar;
  let digestColon = -1;
  if (lay.at >= 0) {
    const d = checkDigestSyntax(raw, lay.at + 1, n);
    if (typeof d !== "number") return d;
    digestColon = d;
  }

  if (normalizedPath.length > MAX_PATH_LENGTH) {
    return {
      message: `repository name must not be more than ${MAX_PATH_LENGTH} characters`,
      start: pathStart,
      end: pathEnd,
    };
  }

  if (digestColon >= 0) {
    const message = digestSemanticsError(raw.slice(lay.at + 1, digestColon), raw.slice(digestColon + 1));
    if (message !== undefined) return { message, start: lay.at + 1, end: n };
  }
  return undefined;
}

/** A well-formed digest is written (`@sha256:<64 hex>` etc.). False for `scratch`. */
/**
 * A Windows base image, by repository (`mcr.microsoft.com/windows/servercore`, `.../nanoserver`)
 * or tag (`windowsservercore-ltsc2022`, `nanoserver-1809`, `windows-1809`, `ltsc2022`).
 */
export function isWindowsImage(ref: ImageRef): boolean {
  const path = ref.path.toLowerCase();
  const tag = ref.tag?.toLowerCase() ?? "";
  return (
    /(^|\/)(windows|windowsservercore|nanoserver|servercore)(\/|-|$)/.test(path) ||
    /(^|[-_.])(windows|windowsservercore|nanoserver|servercore|ltsc20\d\d)([-_.]|$)/.test(tag)
  );
}

export function isPinnedByDigest(ref: ImageRef): boolean {
  if (ref.scratch || ref.digest === undefined) return false;
  return digestError(ref.digest, 0, ref.digest.length) === undefined;
}

/** A non-empty tag is written (`node:20`, `node:20@sha256:...`); false for digest-only references. */
export function hasExplicitTag(ref: ImageRef): boolean {
  return ref.tag !== undefined && ref.tag.length > 0;
}

/**
 * The tag is "latest", or neither tag nor digest is written. False for `scratch`, and false when an
 * unexpanded variable could still supply the tag (`${IMAGE}`).
 */
export function usesLatest(ref: ImageRef): boolean {
  if (ref.scratch) return false;
  if (ref.tag !== undefined) return ref.tag === DEFAULT_TAG;
  if (ref.digest !== undefined) return false;
  return !ref.raw.includes("$");
}
