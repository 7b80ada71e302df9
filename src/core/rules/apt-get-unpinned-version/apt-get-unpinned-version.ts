import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

/** Pinned (`pkg=1.2`), a release or path (`pkg/bookworm`, `./x.deb`), a local `.deb`. */
function pinned(word: string): boolean {
  return word.includes("=") || word.includes("/") || word.endsWith(".deb");
}

export default defineRule({
  meta: {
    name: "apt-get-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description: "apt-get install without a pinned package version (`apt-get install <package>=<version>`)",
    sources: [{ tool: "hadolint", id: "DL3008" }],
    messages: {
      unpinned:
        "Pin versions in apt-get install: instead of `apt-get install {{name}}` use `apt-get install {{name}}=<version>`",
    },
    runCommands: ["apt-get"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "apt-get" || p.subcommand?.value !== "install") continue;
          for (const pkg of p.packages) {
            const value = pkg.word.value;
            if (value === null || pinned(value)) continue; // variables: unknown
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: value } });
          }
        }
      },
    };
  },
});
