import { defineRule } from "../../lint/rule.js";
import { isWholeContext } from "../copy-context-without-dockerignore/copy-context-without-dockerignore.js";

export default defineRule({
  meta: {
    name: "copy-whole-context",
    category: "security",
    severity: "warning",
    description: "COPY . copies the whole build context instead of the files the image needs",
    sources: [{ tool: "hadolint", id: "DL4007" }],
    messages: {
      whole:
        "COPY {{src}} copies the whole build context: files such as .git, .env or local configuration can end up in the image; copy only the files you need",
    },
    presets: [],
  },
  create(ctx) {
    return {
      COPY(inst, info, onbuild) {
        // ONBUILD COPY runs in another build; COPY --from copies from a stage or image, not the context
        if (onbuild || inst.args.type !== "copy" || inst.flags.some((f) => f.name === "from")) return;
        for (const word of inst.args.sources) {
          if (word.value.startsWith("<<")) continue;
          const r = ctx.model.expand(info, word.value);
          // an undefined variable expands to nothing: undefined-var reports it
          if (!r.ok || r.unknown || r.value === "" || !isWholeContext(r.value)) continue;
          ctx.report({ range: word.range, messageId: "whole", data: { src: word.value } });
        }
      },
    };
  },
});
