import { defineRule } from "../../lint/rule.js";
import type { Stage } from "../../semantic/model.js";
import { goQuote } from "../undefined-var/variables.js";

/** Absolute for Linux, and (to stay silent on Windows images) drive-letter and backslash paths. */
function isAbsolute(path: string): boolean {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(path);
}

export default defineRule({
  meta: {
    name: "workdir-relative-path",
    category: "reproducibility",
    severity: "warning",
    description:
      "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes",
    sources: [{ tool: "buildkit", id: "WorkdirRelativePath" }],
    messages: {
      relative: "Relative workdir {{path}} can have unexpected results if the base image changes",
    },
    presets: ["recommended", "buildkit"],
  },
  create(ctx) {
    const stages = ctx.model.stages;
    /** whether a WORKDIR was set in the stage or one of its base stages */
    const set = new Map<number, boolean>();
    const inherited = (stage: Stage): boolean => {
      const seen = new Set<number>();
      let s: Stage | undefined = stage;
      while (s && s.base.kind === "stage" && !seen.has(s.index)) {
        seen.add(s.index);
        s = stages[s.base.stage];
        if (s && set.get(s.index)) return true;
      }
      return false;
    };
    return {
      WORKDIR(inst, info, onbuild) {
        if (onbuild || info.stage < 0 || !inst.rest) return;
        const stage = stages[info.stage]!;
        if (!set.has(stage.index)) set.set(stage.index, inherited(stage));
        if (set.get(stage.index)) return;
        set.set(stage.index, true);
        if (/^[A-Za-z]:[\\/]/.test(inst.rest.value)) return;
        const expanded = ctx.model.expand(info, inst.rest.value);
        if (!expanded.ok || expanded.unknown || isAbsolute(expanded.value)) return;
        ctx.report({
          range: inst.rest.range,
          messageId: "relative",
          data: { path: goQuote(expanded.value) },
        });
      },
    };
  },
});
