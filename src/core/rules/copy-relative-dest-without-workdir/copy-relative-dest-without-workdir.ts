import { defineRule } from "../../lint/rule.js";

/** `/x`, a Windows drive path (`c:\x`, `c:/x`), or a variable that may hold an absolute path (as hadolint). */
function isAbsoluteOrVariable(path: string): boolean {
  return path.startsWith("/") || path.startsWith("$") || /^[A-Za-z]:[\\/]/.test(path);
}

export default defineRule({
  meta: {
    name: "copy-relative-dest-without-workdir",
    category: "correctness",
    severity: "warning",
    description: "COPY to a relative destination while no WORKDIR is set in the stage or its base stages",
    sources: [{ tool: "hadolint", id: "DL3045" }],
    messages: {
      relative:
        "COPY to a relative destination without WORKDIR set: `{{path}}` depends on the base image's working directory",
    },
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    // an ONBUILD WORKDIR sets the directory for the ONBUILD COPYs after it (both run in the child build)
    let onbuildWorkdir = false;
    return {
      FROM() {
        onbuildWorkdir = false;
      },
      WORKDIR(_inst, _info, onbuild) {
        if (onbuild) onbuildWorkdir = true;
      },
      COPY(inst, info, onbuild) {
        if (inst.args.type !== "copy" || !inst.args.destination) return;
        // a WORKDIR in this stage or in a stage it is built from
        if (info.workdir.setBy !== undefined) return;
        if (onbuild && onbuildWorkdir) return;
        const dest = inst.args.destination;
        const path = inst.args.form === "exec" ? dest.value : dest.value.replace(/^["']+|["']+$/g, "");
        if (isAbsoluteOrVariable(path)) return;
        ctx.report({ range: dest.range, messageId: "relative", data: { path } });
      },
    };
  },
});
