import { defineRule } from "../../lint/rule.js";
import { containerPorts } from "../expose-ports.js";

export default defineRule({
  meta: {
    name: "ssh-port-exposed",
    category: "security",
    severity: "warning",
    description: "EXPOSE 22: the image runs an SSH server",
    sources: [
      { tool: "trivy", id: "DS-0004" },
      { tool: "checkov", id: "CKV_DOCKER_1" },
    ],
    messages: {
      ssh: "Port 22 (SSH) is exposed: use `docker exec` to get into a container instead of running an SSH server",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      EXPOSE(inst, info, onbuild) {
        if (inst.args.type !== "expose") return;
        for (const { port } of inst.args.ports) {
          const ports = containerPorts(ctx, info, port, onbuild);
          if (ports && ports.low <= 22 && 22 <= ports.high)
            ctx.report({ range: port.range, messageId: "ssh" });
        }
      },
    };
  },
});
