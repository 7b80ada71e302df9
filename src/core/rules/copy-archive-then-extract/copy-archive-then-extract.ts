import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Word } from "../../syntax/cst.js";

/** hadolint's archive extensions (matched as suffixes, so `.tar.gz` is `.gz`), plus zstd */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz2?|tgz|tlz|tpz|txz|xz|zst|tzst)$/;

/** Commands that decompress the file they are given, whatever their flags (hadolint's list) */
const DECOMPRESSORS = new Set([
  "unzip",
  "gunzip",
  "bunzip2",
  "unlzma",
  "unxz",
  "zgz",
  "uncompress",
  "zcat",
  "gzcat",
]);

/**
 * The last path segment; `\` separates too (Windows paths). Quotes are dropped: BuildKit splits a
 * shell-form COPY at spaces without reading quotes, so `"C:\Program Files\a.tar"` reaches the rule
 * as `"C:\Program` and `Files\a.tar"`, and the name meant is `a.tar`.
 */
const basename = (p: string) => {
  const path = p.replace(/^["']|["']$/g, "");
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
};

const isTarExtract = (a: string) => a === "--extract" || a === "--get" || /^-?[A-Za-wyz]*x/.test(a);

export default defineRule({
  meta: {
    name: "copy-archive-then-extract",
    category: "size",
    severity: "info",
    description:
      "A local archive is COPYed and then extracted in a RUN: ADD extracts it without keeping the archive in a layer",
    sources: [{ tool: "hadolint", id: "DL3010" }],
    messages: {
      extract:
        "`{{archive}}` is copied, then extracted with {{tool}}: the archive stays in the COPY layer. Use `ADD {{archive}} <dir>` to extract it in one step",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    let copied = new Map<string, Word>();
    return {
      FROM() {
        copied = new Map();
      },
      COPY(inst, _info, onbuild) {
        if (onbuild || inst.args.type !== "copy" || inst.flags.some((f) => f.name === "from")) return;
        const { sources, destination } = inst.args;
        // `COPY dist/app.tar /app.tar`: the archive is known in the image by the destination's name
        const dest = basename(destination?.value ?? "");
        if (sources.length > 0 && ARCHIVE.test(dest)) copied.set(dest, sources[0]!);
        else for (const s of sources) if (ARCHIVE.test(basename(s.value))) copied.set(basename(s.value), s);
      },
      RUN(inst, _info, onbuild) {
        if (onbuild || copied.size === 0) return;
        const analysis = ctx.shell(inst);
        if (!analysis) return;
        for (const m of commandModels(analysis)) {
          const tool = m.invocation.name;
          const isTar = tool === "tar";
          if (!isTar && !DECOMPRESSORS.has(tool)) continue;
          const args = m.invocation.args.map((w) => w.value ?? "");
          if (isTar && !args.some(isTarExtract)) continue;
          for (const a of args) {
            const source = copied.get(basename(a));
            if (!source) continue;
            ctx.report({ range: source.range, messageId: "extract", data: { archive: source.value, tool } });
            copied.delete(basename(a));
          }
        }
      },
    };
  },
});
