import { defineRule } from "../../lint/rule.js";
import type { PackageRef } from "../../shell/commands/packages.js";
import { packageCommands } from "../package-commands.js";

const splitAt = (v: string): { name: string; version?: string } => {
  const i = v.lastIndexOf("@");
  return i <= 0 ? { name: v } : { name: v.slice(0, i), version: v.slice(i + 1) };
};

export default defineRule({
  meta: {
    name: "go-install-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description:
      "go install, go get or go run without a pinned version (`<package>@<version>`; `@latest` is not a pin)",
    sources: [{ tool: "hadolint", id: "DL3062" }],
    messages: {
      unpinned:
        "Pin versions in go {{sub}}: instead of `go {{sub}} {{name}}` use `go {{sub}} {{name}}@<version>`",
      latest:
        "Pin versions in go {{sub}}: `@latest` is not a pin; instead of `go {{sub}} {{name}}@latest` use `go {{sub}} {{name}}@<version>`",
    },
    runCommands: ["go"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "go") continue;
          const sub = p.subcommand?.value;
          let targets: PackageRef[];
          if (sub === "install" || sub === "get") {
            // `go install tool` installs the module's tools: the word `tool` is no package
            targets =
              sub === "install" && p.packages[0]?.word.value === "tool" ? p.packages.slice(1) : p.packages;
          } else if (sub === "run") {
            // `go run [build flags] package [arguments...]`: only the package, not the program's arguments
            const word = p.args.positionals[1];
            targets = word ? [{ word, ...splitAt(word.value ?? word.raw) }] : [];
          } else continue;
          for (const pkg of targets) {
            const v = pkg.word.value;
            if (v === null || v.startsWith(".") || v.startsWith("/") || v.endsWith(".go")) continue;
            if (pkg.version && pkg.version !== "latest") continue;
            const messageId = pkg.version === "latest" ? "latest" : "unpinned";
            ctx.report({ range: pkg.word.range, messageId, data: { name: pkg.name, sub } });
          }
        }
      },
    };
  },
});
