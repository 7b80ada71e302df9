import { defineRule } from "../../lint/rule.js";
import { isWindowsImage } from "../../semantic/image-ref.js";
import type { Stage } from "../../semantic/model.js";
import { goQuote } from "../undefined-var/variables.js";

type Os = "linux" | "windows" | "unknown";

/**
 * BuildKit's system.IsAbs for Windows: a `C:` drive is dropped (another drive, a bare `C:` or a UNC
 * path is an error, so not absolute), then the path must start with a separator.
 */
function isWindowsAbsolute(path: string): boolean {
  if (/^[\\/]{2}/.test(path)) return false;
  if (/^[A-Za-z]:/.test(path)) {
    if (path[0] !== "c" && path[0] !== "C") return false;
    path = path.slice(2);
  }
  return path.startsWith("/") || path.startsWith("\\");
}

/**
 * BuildKit checks the path for the stage's OS: on Linux only `/x` is absolute (`c:/x` is not). The
 * OS is Windows when the stage (or a base stage) has a `--platform=windows/...` or its base image is
 * a Windows one; unknown when the base image is a variable nobody set.
 */
function stageOs(stages: readonly Stage[], stage: Stage): Os {
  const seen = new Set<number>();
  let s: Stage | undefined = stage;
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    const platform = s.platform?.value;
    if (platform) return /^windows(\/|$)/i.test(platform) ? "windows" : "linux";
    if (s.base.kind === "stage") s = stages[s.base.stage];
    else if (s.base.kind === "image") {
      if (s.base.ref.valid) return isWindowsImage(s.base.ref) ? "windows" : "linux";
      return isWindowsImage(s.base.written) ? "windows" : "unknown";
    } else return "linux";
  }
  return "unknown";
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
        const os = stageOs(stages, stage);
        // Windows files often keep the default escape (`C:\app` expands to `C:app`): the path as
        // written counts too
        if (os !== "linux" && isWindowsAbsolute(inst.rest.value)) return;
        const expanded = ctx.model.expand(info, inst.rest.value);
        if (!expanded.ok || expanded.unknown) return;
        const path = expanded.value;
        if (path.startsWith("/") || (os !== "linux" && isWindowsAbsolute(path))) return;
        ctx.report({
          range: inst.rest.range,
          messageId: "relative",
          data: { path: goQuote(path) },
        });
      },
    };
  },
});
