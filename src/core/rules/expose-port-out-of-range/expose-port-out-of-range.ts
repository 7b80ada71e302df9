import { defineRule } from "../../lint/rule.js";

const MAX_PORT = 65535;

export default defineRule({
  meta: {
    name: "expose-port-out-of-range",
    category: "correctness",
    severity: "error",
    description: "EXPOSE a port outside the valid UNIX range 0-65535",
    sources: [
      { tool: "hadolint", id: "DL3011" },
      { tool: "trivy", id: "DS-0008" },
    ],
    messages: {
      outOfRange: "Port {{port}} is out of range: valid UNIX ports range from 0 to 65535",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      EXPOSE(inst, info, onbuild) {
        if (inst.args.type !== "expose") return;
        for (const { port } of inst.args.ports) {
          let text = port.value;
          if (text.includes("$")) {
            // an ONBUILD trigger expands in the child build, where we know nothing
            if (onbuild) continue;
            const expanded = ctx.model.expand(info, text);
            if (!expanded.ok || expanded.unknown) continue;
            text = expanded.value;
          }
          // host-port mappings (ip:host:container) belong to ExposeInvalidFormat; check the container port
          const container = text.slice(text.lastIndexOf(":") + 1);
          const range = /^(\d+)(?:-(\d+))?$/.exec(container);
          if (!range) continue;
          for (const n of [range[1], range[2]]) {
            if (n !== undefined && Number(n) > MAX_PORT) {
              ctx.report({ range: port.range, messageId: "outOfRange", data: { port: n } });
              break;
            }
          }
        }
      },
    };
  },
});
