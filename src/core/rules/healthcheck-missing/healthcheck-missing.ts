import { defineRule } from "../../lint/rule.js";
import type { Stage } from "../../semantic/model.js";

/** Indices of stages that another stage builds on or copies from: intermediate, not shipped themselves. */
export function usedStages(stages: readonly Stage[], kinds: ReadonlySet<string>): Set<number> {
  const used = new Set<number>();
  for (const s of stages) {
    for (const edge of s.uses)
      if (edge.stage !== null && edge.stage !== s.index && kinds.has(edge.kind)) used.add(edge.stage);
  }
  return used;
}

const ALL_EDGES = new Set(["from", "copy", "mount"]);

export default defineRule({
  meta: {
    name: "healthcheck-missing",
    category: "correctness",
    severity: "info",
    description: "An image is built without a HEALTHCHECK instruction",
    sources: [
      { tool: "hadolint", id: "DL3057" },
      { tool: "trivy", id: "DS-0026" },
      { tool: "checkov", id: "CKV_DOCKER_2" },
    ],
    messages: {
      missing: "HEALTHCHECK instruction missing: the image has no health check",
    },
    presets: [],
  },
  create(ctx) {
    return {
      fileExit() {
        const stages = ctx.model.stages;
        // only stages no other stage builds on or copies from: the images the file produces
        const used = usedStages(stages, ALL_EDGES);
        const has: boolean[] = [];
        for (const stage of stages) {
          const own = stage.instructions.some((i) => i.name === "HEALTHCHECK");
          has[stage.index] = own || (stage.base.kind === "stage" && has[stage.base.stage] === true);
        }
        for (const stage of stages) {
          if (used.has(stage.index) || has[stage.index]) continue;
          ctx.report({ range: stage.from.keywordRange, messageId: "missing" });
        }
      },
    };
  },
});
