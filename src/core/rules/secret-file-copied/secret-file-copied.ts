import { defineRule } from "../../lint/rule.js";
import type { InstructionInfo, SemanticModel } from "../../semantic/model.js";
import type { Instruction } from "../../syntax/cst.js";

const SECRET_NAMES = new Set([
  ".env",
  "id_rsa",
  "id_dsa",
  "id_ecdsa",
  "id_ed25519",
  ".npmrc",
  ".pypirc",
  ".netrc",
  ".git-credentials",
  "credentials.json",
]);
const SECRET_PREFIXES = [".env.", "secrets."];
const SECRET_SUFFIXES = [".pem", ".key", ".p12", ".pfx"];
const SECRET_TAILS = [".aws/credentials", ".docker/config.json"];
/** parts of a name that mark a template or a public half, not a secret */
const NOT_SECRET = new Set([
  "example",
  "sample",
  "template",
  "tmpl",
  "tpl",
  "dist",
  "pub",
  "pubkey",
  "public",
  "gpg",
]);
/** parts of a `.pem` name that mark a certificate (public), not a private key */
const CERTIFICATE = new Set([
  "cert",
  "certs",
  "certificate",
  "ca",
  "cacert",
  "cacerts",
  "chain",
  "fullchain",
  "bundle",
  "root",
  "crt",
]);

const TRAILING_SLASHES = /\/+$/;
const TRAILING_STARS = /\*+$/;
const NAME_SEPARATORS = /[-_.]+/;

/** Why a copied path looks like a secret file, or undefined. Trailing `*` globs are matched by their prefix. */
export function secretFileKind(path: string): string | undefined {
  const trimmed = path.replace(TRAILING_SLASHES, "");
  const base = trimmed.slice(trimmed.lastIndexOf("/") + 1).toLowerCase();
  // (indexed loops, no arrow per element: this runs for every COPY and ADD source; empty parts
  // are in neither set)
  const parts = base.split(NAME_SEPARATORS);
  for (let i = 0; i < parts.length; i++) if (NOT_SECRET.has(parts[i]!)) return undefined;
  const lowerPath = trimmed.toLowerCase();
  for (let i = 0; i < SECRET_TAILS.length; i++) {
    const t = SECRET_TAILS[i]!;
    if (lowerPath === t || lowerPath.endsWith(`/${t}`)) return "a credentials file";
  }
  const stem = base.replace(TRAILING_STARS, "");
  if (SECRET_NAMES.has(stem)) return stem.startsWith(".env") ? "an environment file" : "a credentials file";
  const globbed = stem !== base;
  for (let i = 0; i < SECRET_PREFIXES.length; i++) {
    const p = SECRET_PREFIXES[i]!;
    if (stem.startsWith(p) && (globbed || stem.length > p.length))
      return stem.startsWith(".env") ? "an environment file" : "a secrets file";
  }
  for (let i = 0; i < SECRET_SUFFIXES.length; i++) {
    const suffix = SECRET_SUFFIXES[i]!;
    if (!base.endsWith(suffix)) continue;
    if (suffix === ".pem") {
      for (let j = 0; j < parts.length; j++) if (CERTIFICATE.has(parts[j]!)) return undefined;
    }
    return suffix === ".pem" || suffix === ".key" ? "a private key" : "a key store";
  }
  return undefined;
}

/** Indices of the build target and the stages it is built FROM: the layers of the image. */
function imageStages(model: SemanticModel): Set<number> {
  const target = model.targetStage();
  return new Set(target ? model.baseChain(target).map((s) => s.index) : []);
}

export default defineRule({
  meta: {
    name: "secret-file-copied",
    category: "security",
    severity: "warning",
    description:
      "COPY or ADD of a file that usually holds a secret (.env, private keys, .npmrc, credentials)",
    sources: [],
    messages: {
      image:
        "{{file}} looks like {{kind}}: {{keyword}} puts it in a layer of the image, where deleting it later does not remove it; use RUN --mount=type=secret instead",
      stage:
        "{{file}} looks like {{kind}}: {{keyword}} puts it in a layer of this build stage (kept in the build cache, and in the image when the stage is built as a target); use RUN --mount=type=secret instead",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    let inImage: Set<number> | undefined;
    const check = (inst: Instruction, info: InstructionInfo, onbuild?: Instruction): void => {
      if (inst.args.type !== "copy") return;
      inImage ??= imageStages(ctx.model);
      // ONBUILD COPY lands in the images built FROM this one
      const image = onbuild !== undefined || inImage.has(info.stage);
      for (const word of inst.args.sources) {
        if (word.value.startsWith("<<")) continue;
        const r = ctx.model.expand(info, word.value);
        if (!r.ok || r.unknown) continue;
        const kind = secretFileKind(r.value);
        if (!kind) continue;
        ctx.report({
          range: word.range,
          messageId: image ? "image" : "stage",
          data: { file: r.value, kind, keyword: inst.name },
          severity: image ? undefined : "info",
        });
      }
    };
    return { COPY: check, ADD: check };
  },
});
