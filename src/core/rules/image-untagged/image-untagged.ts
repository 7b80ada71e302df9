import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "image-untagged",
    category: "reproducibility",
    severity: "warning",
    description: "FROM names an image without a tag or digest, so it silently means :latest",
    sources: [{ tool: "hadolint", id: "DL3006" }],
    messages: {
      untagged: "Always tag the version of an image explicitly: `{{image}}` has no tag",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      FROM(inst, info) {
        if (inst.args.type !== "from" || !inst.args.image) return;
        const stage = ctx.model.stages[info.stage];
        // stage references and scratch need no tag
        if (!stage || stage.from !== inst || stage.base.kind !== "image") return;
        const { ref, written } = stage.base;
        // `FROM ${IMAGE}` (hadolint), or a variable whose value is unknown: it may carry the tag
        if (written.raw.startsWith("$") || ref.raw.includes("$")) return;
        // an invalid reference is another rule's business
        if (!ref.valid || ref.scratch) return;
        if (ref.digest !== undefined || (ref.tag !== undefined && ref.tag !== "")) return;
        ctx.report({ range: inst.args.image.range, messageId: "untagged", data: { image: ref.raw } });
      },
    };
  },
});
