import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "image-tag-latest",
    category: "reproducibility",
    severity: "warning",
    description: "FROM uses the :latest tag, which changes whenever the image is updated",
    sources: [
      { tool: "hadolint", id: "DL3007" },
      { tool: "trivy", id: "DS-0001" },
      { tool: "checkov", id: "CKV_DOCKER_7" },
    ],
    messages: {
      latest:
        "Using latest is prone to errors if the image will ever update: pin `{{image}}` to a release tag",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      FROM(inst, info) {
        if (inst.args.type !== "from" || !inst.args.image) return;
        const stage = ctx.model.stages[info.stage];
        if (!stage || stage.from !== inst || stage.base.kind !== "image") return;
        const { ref, written } = stage.base;
        if (ref.raw.includes("$") || ref.tag !== "latest") return;
        // a digest pins the image whatever the tag says
        if (ref.digest !== undefined) return;
        ctx.report({
          range: written.ranges.tag ?? inst.args.image.range,
          messageId: "latest",
          data: { image: ref.normalized.familiar },
        });
      },
    };
  },
});
