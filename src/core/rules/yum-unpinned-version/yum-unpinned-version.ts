import { defineRule } from "../../lint/rule.js";
import type { Word } from "../../shell/types.js";
import { packageCommands } from "../package-commands.js";

export default defineRule({
  meta: {
    name: "yum-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description: "yum install without a pinned package version (`yum install -y <package>-<version>`)",
    sources: [{ tool: "hadolint", id: "DL3033" }],
    messages: {
      unpinned: "Specify version with `yum install -y {{name}}-<version>`",
      module: "Specify the module stream with `yum module install -y {{name}}:<stream>`",
    },
    runCommands: ["yum"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "yum") continue;
          const [sub, next, ...rest] = p.args.positionals;
          const report = (w: Word, messageId: string) =>
            ctx.report({ range: w.range, messageId, data: { name: w.value ?? w.raw } });
          if (sub?.value === "module" && next?.value === "install") {
            for (const w of rest) if (w.value !== null && !w.value.includes(":")) report(w, "module");
          } else if (sub?.value === "install") {
            for (const { word: w } of p.packages)
              if (w.value !== null && !w.value.includes("-") && !w.value.endsWith(".rpm"))
                report(w, "unpinned");
          }
        }
      },
    };
  },
});
