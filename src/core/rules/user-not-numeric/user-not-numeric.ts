import { defineRule } from "../../lint/rule.js";
import type { InstructionInfo } from "../../semantic/model.js";
import type { Instruction } from "../../syntax/cst.js";

/** The built-in users of Windows base images (nanoserver, servercore), which have no numeric ids. */
const WINDOWS_ACCOUNTS = new Set(["containeruser", "containeradministrator"]);

export default defineRule({
  meta: {
    name: "user-not-numeric",
    category: "security",
    severity: "info",
    description: "The final USER of the image is a name, not a numeric user id",
    sources: [{ tool: "hadolint", id: "DL3066" }],
    messages: {
      nonNumeric: "Non-numeric user-id `{{user}}` may not be resolvable by host system: use a numeric UID",
    },
    presets: ["hadolint"],
  },
  create(ctx) {
    let last: { inst: Instruction; info: InstructionInfo } | undefined;
    return {
      FROM() {
        last = undefined;
      },
      USER(inst, info, onbuild) {
        if (!onbuild && info.stage >= 0) last = { inst, info };
      },
      fileExit() {
        // only the last USER of the last stage: that is who the image runs as
        if (last?.inst.args.type !== "user" || !last.inst.args.user) return;
        const word = last.inst.args.user;
        const expanded = ctx.model.expand(last.info, word.value);
        if (!expanded.ok || expanded.unknown) return;
        if (/^\d*$/.test(expanded.value)) return;
        // Windows images have no numeric user ids: their accounts (ContainerUser, ...) are names
        if (WINDOWS_ACCOUNTS.has(expanded.value.replace(/:.*/s, "").toLowerCase())) return;
        ctx.report({ range: word.range, messageId: "nonNumeric", data: { user: expanded.value } });
      },
    };
  },
});
