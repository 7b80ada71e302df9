import { defineRule } from "../../lint/rule.js";
import type { ImageRef } from "../../semantic/image-ref.js";
import type { Range } from "../../text/range.js";

/** Names of Docker Hub: an image without a registry comes from there. */
const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "hub.docker.com"]);

/** `*` trusts everything; `*.example.com` any host under example.com; otherwise the exact host[:port]. */
function matches(pattern: string, registry: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (p === "*") return true;
  if (p.startsWith("*.")) return registry.endsWith(p.slice(1));
  if (DOCKER_HUB.has(p) && DOCKER_HUB.has(registry)) return true;
  return p === registry;
}

/**
 * The registry of a reference as far as it is known: the expanded reference when its variables are
 * known, else the written one when its registry is literal. Null when a variable may hold it.
 */
function registryOf(ref: ImageRef, written: ImageRef): string | null {
  const source = ref.raw.includes("$") ? written : ref;
  if (source.raw.startsWith("$")) return null;
  if (source.registry === undefined) return "docker.io";
  if (source.registry.includes("$")) return null;
  return source.registry.toLowerCase();
}

export default defineRule({
  meta: {
    name: "image-registry-untrusted",
    category: "security",
    severity: "error",
    description: "An image comes from a registry outside the configured trusted registries",
    sources: [{ tool: "hadolint", id: "DL3026" }],
    messages: {
      untrusted: "Use only an allowed registry in the FROM image: `{{registry}}` is not trusted",
      untrustedCopy: "Use only an allowed registry in COPY --from: `{{registry}}` is not trusted",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    const trusted = ctx.settings.trustedRegistries;
    // off unless trusted registries are configured
    if (trusted.length === 0) return {};
    const check = (registry: string | null, range: Range, messageId: string) => {
      if (registry === null || trusted.some((p) => matches(p, registry))) return;
      ctx.report({ range, messageId, data: { registry } });
    };
    return {
      FROM(inst, info) {
        if (inst.args.type !== "from" || !inst.args.image) return;
        const stage = ctx.model.stages[info.stage];
        if (!stage || stage.from !== inst || stage.base.kind !== "image") return;
        const { ref, written } = stage.base;
        // an invalid reference (e.g. an undeclared ARG expanded to nothing) is another rule's business
        if (ref.scratch || (!ref.valid && !ref.raw.includes("$"))) return;
        const literal = written.registry !== undefined && !written.registry.includes("$");
        const range = literal ? (written.ranges.registry ?? inst.args.image.range) : inst.args.image.range;
        check(registryOf(ref, written), range, "untrusted");
      },
      COPY(inst, info, onbuild) {
        if (onbuild) return;
        const stage = ctx.model.stages[info.stage];
        const edge = stage?.uses.find((e) => e.kind === "copy" && e.instruction === inst);
        const flag = inst.flags.find((f) => f.name === "from");
        if (!edge || edge.stage !== null || !edge.image || !flag) return;
        const written = edge.image;
        if (!written.valid) return;
        check(registryOf(written, written), flag.valueRange ?? flag.range, "untrustedCopy");
      },
    };
  },
});
