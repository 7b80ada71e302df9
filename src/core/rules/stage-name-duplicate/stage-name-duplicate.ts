import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "stage-name-duplicate",
    category: "correctness",
    severity: "error",
    description: "Two stages have the same name (FROM ... AS name)",
    sources: [
      { tool: "hadolint", id: "DL3024" },
      { tool: "buildkit", id: "DuplicateStageName" },
      { tool: "trivy", id: "DS-0012" },
      { tool: "checkov", id: "CKV_DOCKER_11" },
    ],
    messages: {
      duplicate:
        "Duplicate stage name `{{name}}` (first defined on line {{line}}): stage names must be unique",
    },
    presets: ["recommended", "hadolint", "buildkit"],
  },
  create(ctx) {
    return {
      fileExit() {
        const first = new Map<string, number>();
        for (const stage of ctx.model.stages) {
          if (stage.name === undefined || !stage.nameWord) continue;
          const previous = first.get(stage.name);
          if (previous === undefined) {
            first.set(stage.name, stage.from.range.start);
            continue;
          }
          ctx.report({
            range: stage.nameWord.range,
            messageId: "duplicate",
            data: { name: stage.nameWord.value, line: ctx.lines.position(previous).line },
          });
        }
      },
    };
  },
});
