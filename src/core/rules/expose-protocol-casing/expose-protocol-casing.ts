import { defineRule } from "../../lint/rule.js";

export default defineRule({
  meta: {
    name: "expose-protocol-casing",
    category: "style",
    severity: "warning",
    description: "Protocol in EXPOSE instruction should be lowercase",
    sources: [{ tool: "buildkit", id: "ExposeProtoCasing" }],
    fix: { availability: "sometimes", safety: "safe" },
    messages: { casing: "Defined protocol '{{port}}' in EXPOSE instruction should be lowercase" },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    return {
      EXPOSE(inst, info, onbuild) {
        if (onbuild || inst.args.type !== "expose") return;
        for (const port of inst.args.ports) {
          const written = port.word.value;
          if (!written.includes("$")) {
            // BuildKit: the protocol is the second `/`-separated part
            const proto = written.split("/")[1] ?? "";
            if (!proto || proto === proto.toLowerCase() || !port.protocol) continue;
            const protoWord = port.protocol;
            ctx.report({
              range: protoWord.range,
              messageId: "casing",
              data: { port: written },
              fix:
                protoWord.value === proto
                  ? {
                      safety: "safe",
                      title: "Lowercase the protocol",
                      edits: [{ range: protoWord.range, text: proto.toLowerCase() }],
                    }
                  : undefined,
            });
            continue;
          }
          const expanded = ctx.model.expandWords(info, written);
          if (!expanded.ok || expanded.unknown) continue;
          for (const raw of expanded.words) {
            const proto = raw.split("/")[1] ?? "";
            if (proto && proto !== proto.toLowerCase()) {
              ctx.report({ range: port.word.range, messageId: "casing", data: { port: raw } });
            }
          }
        }
      },
    };
  },
});
