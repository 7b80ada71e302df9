import { defineRule } from "../../lint/rule.js";
import type { Word } from "../../syntax/cst.js";

/** Extensions of the archives ADD extracts (hadolint's list, plus zstd which BuildKit also extracts). */
const ARCHIVE_EXTENSIONS = [
  ".tar",
  ".Z",
  ".bz2",
  ".gz",
  ".lz",
  ".lzma",
  ".tZ",
  ".tb2",
  ".tbz",
  ".tbz2",
  ".tgz",
  ".tlz",
  ".tpz",
  ".txz",
  ".xz",
  ".zst",
  ".tzst",
];

/** Flags COPY also accepts; any other ADD flag (`--checksum`, `--keep-git-dir`, `--unpack`) is ADD-only. */
const COPY_FLAGS = new Set(["chown", "chmod", "link", "exclude"]);

type SourceKind = "file" | "archive" | "remote" | "unknown";

/** Lower-case schemes only: hadolint, and BuildKit's ADD, take `HTTP://x` for a local path. */
const REMOTE = /^(?:https?|git|ssh):\/\//;
const SCP_LIKE = /^[\w.-]+@[\w.-]+:/;

function isRemote(path: string): boolean {
  return REMOTE.test(path) || SCP_LIKE.test(path);
}

function isArchive(path: string): boolean {
  return ARCHIVE_EXTENSIONS.some((ext) => path.endsWith(ext));
}

export default defineRule({
  meta: {
    name: "add-instead-of-copy",
    category: "correctness",
    severity: "error",
    description: "ADD copies plain local files: use COPY, which has no implicit download or extraction",
    sources: [
      { tool: "hadolint", id: "DL3020" },
      { tool: "trivy", id: "DS-0005" },
      { tool: "checkov", id: "CKV_DOCKER_4" },
    ],
    fix: { availability: "sometimes", safety: "safe" },
    messages: {
      useCopy: "Use COPY instead of ADD for files and folders",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      ADD(inst, info, onbuild) {
        if (inst.args.type !== "copy") return;
        const heredocs = inst.heredocs;
        const kinds = inst.args.sources.map((word): SourceKind => classify(word));
        // as hadolint: archives and URLs are what ADD is for; report when a plain file is added
        if (!kinds.includes("file")) return;
        const fixable = kinds.every((k) => k === "file") && inst.flags.every((f) => COPY_FLAGS.has(f.name));
        const keyword = inst.keyword === inst.keyword.toLowerCase() ? "copy" : "COPY";
        ctx.report({
          range: inst.keywordRange,
          messageId: "useCopy",
          fix: fixable
            ? {
                safety: "safe",
                title: "Replace ADD with COPY",
                edits: [{ range: inst.keywordRange, text: keyword }],
              }
            : undefined,
        });

        function classify(word: Word): SourceKind {
          const raw = word.value;
          if (raw.startsWith("<<") && heredocs.length > 0) return "file";
          let path: string;
          if (raw.includes("$")) {
            if (onbuild) return "unknown";
            const expanded = ctx.model.expand(info, raw);
            if (!expanded.ok || expanded.unknown) return "unknown";
            path = expanded.value;
          } else {
            path = raw.replace(/^["']+|["']+$/g, "");
          }
          if (isRemote(path)) return "remote";
          if (isArchive(path)) return "archive";
          return "file";
        }
      },
    };
  },
});
