import { defineRule } from "../../lint/rule.js";

const HEX_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** A git source as BuildKit's ADD takes it: git://, ssh://, scp-like `user@host:path`, or http(s) ending in `.git`. */
export function isGitSource(src: string): boolean {
  if (/^(?:git|ssh):\/\//i.test(src)) return true;
  if (/^[\w.-]+@[\w.-]+:/.test(src) && !src.includes("://")) return true;
  const http = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(src);
  return http !== null && (http[1] ?? "").endsWith(".git");
}

export function isHttpSource(src: string): boolean {
  return /^https?:\/\/./i.test(src);
}

/** The git source names a full commit hash: `#<sha>[:subdir]`, or `?ref=<sha>` / `?checksum=<sha>`. */
export function gitPinned(src: string): boolean {
  const hash = src.indexOf("#");
  if (hash >= 0) {
    const ref = src.slice(hash + 1).split(":")[0] ?? "";
    if (HEX_COMMIT.test(ref)) return true;
  }
  const q = src.indexOf("?");
  if (q >= 0) {
    const query = src.slice(q + 1, hash > q ? hash : undefined);
    for (const pair of query.split("&")) {
      const [key, value = ""] = pair.split("=");
      if ((key === "checksum" || key === "ref" || key === "commit") && HEX_COMMIT.test(value)) return true;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    name: "add-url-without-checksum",
    category: "security",
    severity: "warning",
    description: "ADD downloads a URL or git repository without a checksum or commit pin",
    sources: [],
    messages: {
      url: "ADD downloads {{url}} without --checksum: the build trusts whatever the server sends; add --checksum=sha256:<digest>",
      git: "ADD clones {{url}} without pinning a commit: a moved branch or tag changes the image; pin a full commit hash (#<sha>) or add --checksum=<sha>",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      ADD(inst, info) {
        if (inst.args.type !== "copy" || inst.flags.some((f) => f.name === "checksum")) return;
        for (const word of inst.args.sources) {
          if (word.value.startsWith("<<")) continue;
          const r = ctx.model.expand(info, word.value);
          if (!r.ok || r.unknown) continue;
          const src = r.value;
          if (isGitSource(src)) {
            if (!gitPinned(src)) ctx.report({ range: word.range, messageId: "git", data: { url: src } });
          } else if (isHttpSource(src)) {
            ctx.report({ range: word.range, messageId: "url", data: { url: src } });
          }
        }
      },
    };
  },
});
