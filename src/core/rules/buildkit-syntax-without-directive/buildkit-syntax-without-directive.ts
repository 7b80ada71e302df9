import { defineRule } from "../../lint/rule.js";
import type { Instruction } from "../../syntax/cst.js";
import type { Range } from "../../text/range.js";

/** Flags that only BuildKit's Dockerfile frontend understands (the legacy builder rejects them). */
const BUILDKIT_FLAGS: Record<string, ReadonlySet<string>> = {
  RUN: new Set(["mount", "network", "security", "device"]),
  COPY: new Set(["link", "chmod", "exclude", "parents"]),
  ADD: new Set(["checksum", "keep-git-dir", "unpack", "link", "exclude", "chmod"]),
};

/** The first BuildKit-only construct of an instruction: a heredoc or a BuildKit flag. */
function buildkitFeature(inst: Instruction): { feature: string; range: Range } | undefined {
  // most instructions have neither: no lookup, no .find() with an arrow
  if (inst.flags.length === 0 && inst.heredocs.length === 0) return undefined;
  const flags = BUILDKIT_FLAGS[inst.name];
  const flag = flags ? inst.flags.find((f) => flags.has(f.name)) : undefined;
  const heredoc = inst.name in BUILDKIT_FLAGS ? inst.heredocs[0] : undefined;
  const heredocRange = heredoc ? (heredoc.marker ?? inst.keywordRange) : undefined;
  if (flag && (!heredocRange || flag.range.start < heredocRange.start)) {
    return { feature: `${inst.name} --${flag.name}`, range: flag.range };
  }
  if (heredocRange) return { feature: `A heredoc in ${inst.name}`, range: heredocRange };
  return undefined;
}

export default defineRule({
  meta: {
    name: "buildkit-syntax-without-directive",
    category: "correctness",
    severity: "info",
    description: "BuildKit-only syntax is used without a # syntax= parser directive",
    sources: [],
    fix: { availability: "always", safety: "safe" },
    messages: {
      missing:
        "{{feature}} needs BuildKit's Dockerfile frontend: add `# syntax=docker/dockerfile:1` as the first line so every builder uses a frontend that supports it",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    if (ctx.cst.directives.some((d) => d.name === "syntax")) return {};
    let reported = false;
    // only RUN, COPY and ADD have BuildKit flags or heredocs: no call for the other instructions
    // (an ONBUILD's inner instruction is visited too)
    const visit = (inst: Instruction) => {
      if (reported) return;
      const found = buildkitFeature(inst);
      if (!found) return;
      reported = true;
      const first = ctx.cst.tokens[0];
      const at = first?.kind === "bom" ? first.end : 0;
      const eol = ctx.text.includes("\r\n") ? "\r\n" : "\n";
      ctx.report({
        range: found.range,
        messageId: "missing",
        data: { feature: found.feature },
        fix: {
          safety: "safe",
          title: "Add # syntax=docker/dockerfile:1",
          edits: [{ range: { start: at, end: at }, text: `# syntax=docker/dockerfile:1${eol}` }],
        },
      });
    };
    return { RUN: visit, COPY: visit, ADD: visit };
  },
});
