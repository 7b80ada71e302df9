import { defineRule } from "../../lint/rule.js";
import { hasCacheMount, headRange, runModels } from "../package-commands.js";

/** `rm` paths that delete the apt lists: /var/lib/apt/lists(/*), or /var/lib/apt itself. */
const LISTS = /^\/var\/lib\/apt(\/lists)?(\/\*?)?$|^\/var\/lib\/apt\/lists\/.+$/;

export default defineRule({
  meta: {
    name: "apt-lists-not-deleted",
    category: "size",
    severity: "info",
    description:
      "apt-get update without deleting /var/lib/apt/lists in the same RUN leaves the package lists in the image",
    sources: [{ tool: "hadolint", id: "DL3009" }],
    messages: {
      notDeleted:
        "Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN, or use `RUN --mount=type=cache,target=/var/lib/apt/lists`",
    },
    runCommands: ["apt-get", "apt"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    const model = ctx.model;
    /** the last stage, and stages another stage is built FROM, end up in an image */
    const inImage = (stage: number) =>
      stage === -1 ||
      stage === model.stages.length - 1 ||
      model.stages.some((s) => s.base.kind === "stage" && s.base.stage === stage);
    return {
      RUN(inst, info, onbuild) {
        // an ONBUILD trigger runs in the child image, whatever this stage becomes
        if (!onbuild && !inImage(info.stage)) return;
        const models = runModels(ctx, inst);
        if (!models) return;
        if (hasCacheMount(inst, ["/var/lib/apt/lists"])) return;
        if (hasCacheMount(inst, ["/var/lib/apt"]) && hasCacheMount(inst, ["/var/cache/apt"])) return;
        // a loop, not models.some(): an arrow call for every command of every apt RUN
        for (const m of models) if (m.rm?.paths.some((p) => LISTS.test(p.value ?? p.raw))) return;
        // one finding per RUN (as hadolint), at its first update: one `rm` fixes them all
        for (const m of models) {
          const p = m.packages;
          if (p && (p.manager === "apt-get" || p.manager === "apt") && p.subcommand?.value === "update") {
            ctx.report({ range: headRange(p), messageId: "notDeleted" });
            return;
          }
        }
      },
    };
  },
});
