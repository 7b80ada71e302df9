import { defineRule } from "../../lint/rule.js";
import { resolveWorkdir } from "../../semantic/model.js";

/** Trivy DS-0030's list (without its trailing slashes: the directory itself is reported too). */
const SYSTEM_DIRS = ["/proc", "/boot", "/dev", "/initrd", "/lost+found"];

export default defineRule({
  meta: {
    name: "workdir-in-system-dir",
    category: "security",
    severity: "warning",
    description: "WORKDIR is a system directory (/proc, /dev, /boot, /initrd, /lost+found) or inside one",
    sources: [{ tool: "trivy", id: "DS-0030" }],
    messages: {
      systemDir:
        "WORKDIR {{path}} is inside the system directory {{dir}}: use a directory of the application, such as /app",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      WORKDIR(inst, info, onbuild) {
        const word = inst.rest;
        if (!word) return;
        // A trigger runs in the child build: its variables and previous WORKDIR are unknown here.
        if (onbuild && word.value.includes("$")) return;
        const expanded = ctx.model.expand(info, word.value);
        if (!expanded.ok || expanded.unknown) return;
        const path = resolveWorkdir(onbuild ? null : info.workdir.value, expanded.value);
        if (path === null) return;
        const dir = SYSTEM_DIRS.find((d) => path === d || path.startsWith(`${d}/`));
        if (!dir) return;
        ctx.report({ range: word.range, messageId: "systemDir", data: { path, dir } });
      },
    };
  },
});
