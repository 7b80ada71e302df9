import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";
import { hasCacheMount } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "yarn-cache-not-cleaned",
    category: "size",
    severity: "info",
    description: "yarn install without yarn cache clean in the same RUN leaves yarn's cache in the image",
    sources: [{ tool: "hadolint", id: "DL3060" }],
    messages: {
      cacheClean: "`yarn cache clean` missing after `yarn {{sub}}`: the package cache stays in the layer",
    },
    runCommands: ["yarn"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    let needed: Set<number> | undefined;
    return {
      RUN(inst, info, onbuild) {
        // a stage nothing in the build uses is not in the image (an ONBUILD trigger always may be)
        needed ??= ctx.model.neededStages();
        if (!onbuild && info.stage >= 0 && !needed.has(info.stage)) return;
        if (hasCacheMount(inst, ["*.cache/yarn"])) return;
        const sh = ctx.shell(inst);
        if (!sh) return;
        const models = commandModels(sh);
        const installs = models.flatMap(({ invocation }, i) => {
          if (invocation.name !== "yarn") return [];
          const sub = invocation.args.find((w) => w.value === "install" || w.value === "add");
          return sub ? [{ invocation, sub, i }] : [];
        });
        if (installs.length === 0) return;
        const first = installs[0]!.i;
        // only a cleanup after the first install counts
        const cleaned = models.some(
          ({ invocation, rm }, i) =>
            i > first &&
            (rm?.cleans.has("yarn") ||
              (invocation.name === "yarn" &&
                invocation.args.some((w) => w.value === "cache") &&
                invocation.args.some((w) => w.value === "clean"))),
        );
        if (cleaned) return;
        for (const { invocation, sub } of installs) {
          ctx.report({
            range: { start: invocation.nameWord.range.start, end: sub.range.end },
            messageId: "cacheClean",
            data: { sub: sub.value! },
          });
        }
      },
    };
  },
});
