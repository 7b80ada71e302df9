import { defineRule } from "../../lint/rule.js";
import type { InstructionInfo } from "../../semantic/model.js";
import type { Instruction } from "../../syntax/cst.js";

/** `root` or UID 0, with or without a group (`root:root`, `0:0`). */
function isRootUser(text: string): boolean {
  const user = text.split(":")[0];
  return user === "root" || user === "0";
}

export default defineRule({
  meta: {
    name: "last-user-root",
    category: "security",
    severity: "warning",
    description: "The last USER of a stage is root",
    sources: [{ tool: "hadolint", id: "DL3002" }],
    messages: {
      root: "Last USER should not be root: switch to an unprivileged user at the end of the stage",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    // the last USER of the current stage (ONBUILD USER does not change this image's user)
    let last: { inst: Instruction; info: InstructionInfo } | undefined;
    return {
      FROM() {
        last = undefined;
      },
      USER(inst, info, onbuild) {
        if (onbuild || info.stage < 0) return;
        last = { inst, info };
      },
      stageExit() {
        const found = last;
        last = undefined;
        const word = found?.inst.rest;
        if (!found || !word) return;
        const expanded = ctx.model.expand(found.info, word.value);
        const text = expanded.ok && !expanded.unknown ? expanded.value : word.value;
        if (isRootUser(text)) ctx.report({ range: word.range, messageId: "root" });
      },
    };
  },
});
