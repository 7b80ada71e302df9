import { defineRule } from "../../lint/rule.js";

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
          let text = port.value;
          if (text.includes("$")) {
            if (onbuild) continue;
            const e = ctx.model.expand(info, text);
            if (!e.ok || e.unknown) continue;
            text = e.value;
          }
          const container = text.slice(text.lastIndexOf(":") + 1);
          const m = /^(\d+)(?:-(\d+))?$/.exec(container);
          if (!m) continue;
          const low = Number(m[1]);
          const high = m[2] === undefined ? low : Number(m[2]);
          if (low <= 22 && 22 <= high) ctx.report({ range: port.range, messageId: "ssh" });
        }
      },
    };
  },
});
