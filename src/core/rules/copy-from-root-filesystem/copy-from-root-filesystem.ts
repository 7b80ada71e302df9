import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "copy-from-root-filesystem",
    category: "size",
    severity: "warning",
    description: "COPY --from copies another stage's whole filesystem (/ to /)",
    sources: [{ tool: "hadolint", id: "DL3067" }],
    messages: {
      wholeFilesystem: "Do not copy an entire filesystem from another stage: copy only the files you need",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      COPY(inst) {
        if (inst.args.type !== "copy" || !inst.args.destination) return;
        if (!inst.flags.some((f) => f.name === "from" && f.value)) return;
        const exec = inst.args.form === "exec";
        const plain = (value: string) => (exec ? value : value.replace(/^["']+|["']+$/g, ""));
        if (plain(inst.args.destination.value) !== "/") return;
        const root = inst.args.sources.find((s) => plain(s.value) === "/");
        if (!root) return;
        ctx.report({ range: root.range, messageId: "wholeFilesystem" });
      },
    };
  },
});
