import { defineRule } from "../../lint/rule.js";

/** BuildKit's splitParts: `[ip:]hostPort:containerPort`, the IP possibly containing colons. */
export function splitParts(raw: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = raw.split(":");
  const n = parts.length;
  const containerPort = parts[n - 1]!;
  if (n === 1) return { ip: "", hostPort: "", containerPort };
  if (n === 2) return { ip: "", hostPort: parts[0]!, containerPort };
  return { ip: parts.slice(0, n - 2).join(":"), hostPort: parts[n - 2]!, containerPort };
}

export default defineRule({
  meta: {
    name: "expose-invalid-format",
    category: "correctness",
    severity: "warning",
    description: "IP address and host-port mapping should not be used in EXPOSE instruction",
    sources: [{ tool: "buildkit", id: "ExposeInvalidFormat" }],
    fix: { availability: "sometimes", safety: "safe" },
    messages: {
      format: "EXPOSE instruction should not define an IP address or host-port mapping, found '{{port}}'",
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    return {
      EXPOSE(inst, info, onbuild) {
        if (onbuild || inst.args.type !== "expose") return;
        for (const port of inst.args.ports) {
          const written = port.word.value;
          if (!written.includes("$")) {
            const { ip, hostPort, containerPort } = splitParts(written);
            if (!ip && !hostPort) continue;
            ctx.report({
              range: port.word.range,
              messageId: "format",
              data: { port: written },
              fix:
                containerPort && !/["'\\`]/.test(written)
                  ? {
                      safety: "safe",
                      title: `Expose only ${containerPort}`,
                      edits: [{ range: port.word.range, text: containerPort }],
                    }
                  : undefined,
            });
            continue;
          }
          const expanded = ctx.model.expandWords(info, written);
          if (!expanded.ok || expanded.unknown) continue;
          for (const raw of expanded.words) {
            const { ip, hostPort } = splitParts(raw);
            if (ip || hostPort)
              ctx.report({ range: port.word.range, messageId: "format", data: { port: raw } });
          }
        }
      },
    };
  },
});
