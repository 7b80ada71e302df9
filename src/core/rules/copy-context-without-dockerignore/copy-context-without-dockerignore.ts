import { defineRule } from "../../lint/rule.js";
import type { InstructionInfo, SemanticModel } from "../../semantic/model.js";
import type { Instruction } from "../../syntax/cst.js";

/** `.`, `./`, `/`, `./.`: the whole build context. */
export function isWholeContext(src: string): boolean {
  let s = src;
  for (;;) {
    const next = s.replace(/^\.\/+/, "").replace(/\/+\.$/, "");
    if (next === s) break;
    s = next;
  }
  s = s.replace(/\/+$/, "");
  return s === "" || s === ".";
}

/** Indices of the build target and the stages it is built FROM: the layers of the image. */
function imageStages(model: SemanticModel): Set<number> {
  const target = model.targetStage();
  return new Set(target ? model.baseChain(target).map((s) => s.index) : []);
}

export default defineRule({
  meta: {
    name: "copy-context-without-dockerignore",
    category: "size",
    severity: "warning",
    description: "COPY . copies the whole build context, and there is no .dockerignore",
    sources: [],
    messages: {
      image:
        "{{keyword}} {{src}} copies the whole build context into the image and there is no .dockerignore: .git, local secrets and node_modules end up in it, and every change busts the cache; add a .dockerignore",
      stage:
        "{{keyword}} {{src}} copies the whole build context into a build stage and there is no .dockerignore: .git, local secrets and node_modules are sent to the builder, and every change busts the cache; add a .dockerignore",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    // null: the caller looked and found none; undefined: unknown, say nothing
    if (ctx.buildContext.dockerignore !== null) return {};
    let inImage: Set<number> | undefined;
    const check = (inst: Instruction, info: InstructionInfo, onbuild?: Instruction): void => {
      // ONBUILD COPY runs in another build, with that build's context
      if (onbuild || inst.args.type !== "copy" || inst.flags.some((f) => f.name === "from")) return;
      inImage ??= imageStages(ctx.model);
      for (const word of inst.args.sources) {
        if (word.value.startsWith("<<")) continue;
        const r = ctx.model.expand(info, word.value);
        if (!r.ok || r.unknown || !isWholeContext(r.value)) continue;
        ctx.report({
          range: word.range,
          messageId: inImage.has(info.stage) ? "image" : "stage",
          data: { keyword: inst.name, src: word.value },
        });
      }
    };
    return { COPY: check, ADD: check };
  },
});
