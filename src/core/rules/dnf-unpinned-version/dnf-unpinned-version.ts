import { defineRule } from "../../lint/rule.js";
import type { Word } from "../../shell/types.js";
import { packageCommands } from "../package-commands.js";

/** `name-<version>` where every part after the first `-` is made of version characters and one starts with a digit */
function versioned(pkg: string): boolean {
  const parts = pkg.split("-");
  if (parts.length <= 1) return false;
  if (pkg.endsWith(".rpm")) return true;
  const rest = parts.slice(1);
  return rest.every((s) => /^[0-9A-Za-z.~^_:+]*$/.test(s)) && rest.some((s) => /^\d/.test(s));
}

export default defineRule({
  meta: {
    name: "dnf-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description:
      "dnf or microdnf install without a pinned package version (`dnf install -y <package>-<version>`)",
    sources: [{ tool: "hadolint", id: "DL3041" }],
    messages: {
      unpinned: "Specify version with `{{manager}} install -y {{name}}-<version>`",
      module: "Specify the module stream with `{{manager}} module install -y {{name}}:<stream>`",
    },
    runCommands: ["dnf", "microdnf"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "dnf" && p.manager !== "microdnf") continue;
          const [sub, next, ...rest] = p.args.positionals;
          const report = (w: Word, messageId: string) =>
            ctx.report({ range: w.range, messageId, data: { name: w.value ?? w.raw, manager: p.manager } });
          if (sub?.value === "module" && next?.value === "install") {
            for (const w of rest) if (w.value !== null && !w.value.includes(":")) report(w, "module");
          } else if (sub?.value === "install") {
            for (const { word: w } of p.packages)
              if (w.value !== null && !versioned(w.value)) report(w, "unpinned");
          }
        }
      },
    };
  },
});
