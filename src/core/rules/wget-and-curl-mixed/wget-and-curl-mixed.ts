import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Word } from "../../shell/types.js";

export default defineRule({
  meta: {
    name: "wget-and-curl-mixed",
    category: "size",
    severity: "warning",
    description: "A stage uses both wget and curl: pick one download tool",
    sources: [
      { tool: "hadolint", id: "DL4001" },
      { tool: "trivy", id: "DS-0014" },
    ],
    messages: {
      both: "Either use wget or curl but not both: this stage already uses {{other}}",
    },
    runCommands: ["curl", "wget"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    // tools seen per stage, separately for ONBUILD triggers (they run in another build)
    let stage = Number.NaN;
    const seen = { direct: new Set<string>(), onbuild: new Set<string>() };
    return {
      RUN(inst, info, onbuild) {
        if (info.stage !== stage) {
          stage = info.stage;
          seen.direct.clear();
          seen.onbuild.clear();
        }
        const sh = ctx.shell(inst);
        if (!sh) return;
        const set = onbuild ? seen.onbuild : seen.direct;
        let first: { word: Word; tool: string } | undefined;
        for (const { download } of commandModels(sh)) {
          if (!download) continue;
          first ??= { word: download.invocation.nameWord, tool: download.tool };
          set.add(download.tool);
        }
        if (first && set.size >= 2) {
          ctx.report({
            range: first.word.range,
            messageId: "both",
            data: { other: first.tool === "curl" ? "wget" : "curl" },
          });
        }
      },
    };
  },
});
