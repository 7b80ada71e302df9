import { defineRule } from "../../lint/rule.js";
import { parseImageRef } from "../../semantic/image-ref.js";
import { PLATFORM_ARGS } from "../../semantic/model.js";
import { expandRecording } from "../undefined-var/variables.js";

const PLATFORM = new Set<string>(PLATFORM_ARGS);

export default defineRule({
  meta: {
    name: "invalid-default-arg-in-from",
    category: "correctness",
    severity: "warning",
    description: "Default value for global ARG results in an empty or invalid base image name",
    sources: [{ tool: "buildkit", id: "InvalidDefaultArgInFrom" }],
    messages: {
      invalid: "Default value for ARG {{image}} results in empty or invalid base image name",
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    const escapeChar = ctx.cst.escape;
    // The global ARGs with their defaults only, as if no --build-arg were given.
    let defaults: Map<string, string> | undefined;
    // Global ARGs whose default uses a platform ARG (`ARG FLAVOR=${TARGETARCH}`): BuildKit sets those
    // in the global scope, so the value is the builder's or target's platform, not known statically.
    const platformDependent = new Set<string>();
    const computeDefaults = () => {
      const map = new Map<string, string>();
      for (const inst of ctx.model.globalArgs) {
        if (inst.args.type !== "arg") continue;
        for (const a of inst.args.args) {
          if (!a.value) continue;
          let platform = false;
          const r = expandRecording(
            a.value.value,
            (n) => {
              if ((PLATFORM.has(n) && !map.has(n)) || platformDependent.has(n)) platform = true;
              return map.get(n);
            },
            escapeChar,
          );
          if (platform) platformDependent.add(a.key.value);
          else platformDependent.delete(a.key.value);
          if (r.ok && !platform) map.set(a.key.value, r.value);
          else map.delete(a.key.value);
        }
      }
      return map;
    };
    return {
      FROM(inst, _info, onbuild) {
        if (onbuild || inst.args.type !== "from" || !inst.args.image) return;
        const image = inst.args.image;
        if (!image.value.includes("$")) return;
        defaults ??= computeDefaults();
        const map = defaults;
        let platform = false;
        const r = expandRecording(
          image.value,
          (name) => {
            if ((PLATFORM.has(name) && !map.has(name)) || platformDependent.has(name)) platform = true;
            return map.get(name);
          },
          escapeChar,
        );
        // The builder's platform is not known statically; a reference that did not expand is another check.
        if (!r.ok || platform || r.matched.size + r.unmatched.size === 0) return;
        if (r.value !== "" && parseImageRef(r.value).valid) return;
        ctx.report({ range: image.range, messageId: "invalid", data: { image: image.value } });
      },
    };
  },
});
