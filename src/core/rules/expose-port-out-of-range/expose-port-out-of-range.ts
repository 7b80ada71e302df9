import { defineRule } from "../../lint/rule.js";
import { containerPorts } from "../expose-ports.js";

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
          // host-port mappings (ip:host:container) belong to ExposeInvalidFormat; check the container port
          const ports = containerPorts(ctx, info, port, onbuild);
          if (!ports) continue;
          const bad =
            ports.low > MAX_PORT ? ports.lowText : ports.high > MAX_PORT ? ports.highText : undefined;
          if (bad !== undefined)
            ctx.report({ range: port.range, messageId: "outOfRange", data: { port: bad } });
        }
      },
    };
  },
});
