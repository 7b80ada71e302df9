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
    // tools seen per stage, in order, separately for ONBUILD triggers (they run in another build)
    let stage = Number.NaN;
    const seen = { direct: [] as string[], onbuild: [] as string[] };
    return {
      RUN(inst, info, onbuild) {
        if (info.stage !== stage) {
          stage = info.stage;
          seen.direct = [];
          seen.onbuild = [];
        }
        const sh = ctx.shell(inst);
        if (!sh) return;
        const tools = onbuild ? seen.onbuild : seen.direct;
        const downloads: { word: Word; tool: string }[] = [];
        for (const { download } of commandModels(sh)) {
          if (!download) continue;
          downloads.push({ word: download.invocation.nameWord, tool: download.tool });
          if (!tools.includes(download.tool)) tools.push(download.tool);
        }
        if (downloads.length === 0 || tools.length < 2) return;
        // the stage's first tool is the one "already used": point at this RUN's use of the other
        // one (in `RUN curl a && wget b` of a curl stage, at wget), or at its first download
        const established = tools[0]!;
        const at = downloads.find((d) => d.tool !== established) ?? downloads[0]!;
        ctx.report({
          range: at.word.range,
          messageId: "both",
          data: { other: at.tool === "curl" ? "wget" : "curl" },
        });
      },
    };
  },
});
