import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

export default defineRule({
  meta: {
    name: "world-writable-permissions",
    category: "security",
    severity: "warning",
    description: "RUN chmod makes files writable by every user (777, o+w, a+w)",
    sources: [],
    messages: {
      worldWritable:
        "`chmod {{mode}}` makes files writable by any user of the container; grant write access to the owner or group only",
    },
    runCommands: ["chmod", "chown", "chgrp"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const { mode } of commandModels(sh)) {
          if (!mode?.worldWritable || !mode.spec) continue;
          ctx.report({
            range: mode.spec.range,
            messageId: "worldWritable",
            data: { mode: mode.spec.value ?? "" },
          });
        }
      },
      COPY(inst) {
        // COPY --chmod=777 / ADD --chmod=777
        const flag = inst.flags.find((f) => f.name === "chmod");
        if (
          flag?.value &&
          /^[0-7]{3,4}$/.test(flag.value) &&
          (Number.parseInt(flag.value.slice(-1), 8) & 2) !== 0
        )
          ctx.report({
            range: flag.valueRange ?? flag.range,
            messageId: "worldWritable",
            data: { mode: flag.value },
          });
      },
      ADD(inst) {
        const flag = inst.flags.find((f) => f.name === "chmod");
        if (
          flag?.value &&
          /^[0-7]{3,4}$/.test(flag.value) &&
          (Number.parseInt(flag.value.slice(-1), 8) & 2) !== 0
        )
          ctx.report({
            range: flag.valueRange ?? flag.range,
            messageId: "worldWritable",
            data: { mode: flag.value },
          });
      },
    };
  },
});
