import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Word } from "../../shell/types.js";

/** Compile or bundle steps: the command and (optionally) its first argument. */
const BUILD_STEPS: [string, string | null][] = [
  ["go", "build"],
  ["cargo", "build"],
  ["mvn", null],
  ["gradle", null],
  ["./gradlew", null],
  ["gradlew", null],
  ["dotnet", "publish"],
  ["dotnet", "build"],
  ["make", null],
  ["cmake", null],
  ["gcc", null],
  ["g++", null],
  ["cc", null],
  ["tsc", null],
  ["webpack", null],
  ["vite", "build"],
  ["next", "build"],
];
const SCRIPT_RUNNERS = new Set(["npm", "yarn", "pnpm", "bun"]);
const TOOLCHAIN_PACKAGES =
  /^(build-essential|build-base|gcc|g\+\+|clang|make|cmake|golang(-go)?|rustc|cargo|openjdk-\d+-jdk|maven|gradle|.*-dev|.*-devel)$/;

export default defineRule({
  meta: {
    name: "toolchain-in-final-image",
    category: "size",
    severity: "warning",
    description: "A single-stage build compiles or installs a build toolchain in the image it ships",
    sources: [],
    messages: {
      build:
        "`{{step}}` compiles in the final image of a single-stage build: the compiler, sources and caches ship too. Build in a first stage and copy only the output into a small runtime stage",
      toolchain:
        "Build toolchain `{{package}}` is installed in the final image of a single-stage build. Install it in a build stage and copy only the output into the runtime stage",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    const target = ctx.model.targetStage();
    // multi-stage already: the target copies from or builds on another stage
    const single = target !== undefined && !target.uses.some((u) => u.stage !== null);
    return {
      RUN(inst, info, onbuild) {
        if (!single || onbuild || info.stage !== target!.index) return;
        const analysis = ctx.shell(inst);
        if (!analysis) return;
        for (const m of commandModels(analysis)) {
          const inv = m.invocation;
          const sub = inv.args[0]?.value;
          const step = BUILD_STEPS.find(([name, arg]) => inv.name === name && (arg === null || sub === arg));
          const scriptBuild =
            SCRIPT_RUNNERS.has(inv.name) &&
            (sub === "build" || (sub === "run" && inv.args[1]?.value === "build"));
          if (step || scriptBuild) {
            const words: Word[] = [inv.nameWord, ...inv.args.slice(0, scriptBuild && sub === "run" ? 2 : 1)];
            const text = words.map((w) => w.value ?? w.raw).join(" ");
            ctx.report({
              range: { start: words[0]!.range.start, end: words[words.length - 1]!.range.end },
              messageId: "build",
              data: { step: text },
            });
            return;
          }
          if (m.packages?.action === "install") {
            const pkg = m.packages.packages.find((p) => TOOLCHAIN_PACKAGES.test(p.name));
            if (pkg) {
              ctx.report({ range: pkg.word.range, messageId: "toolchain", data: { package: pkg.name } });
              return;
            }
          }
        }
      },
    };
  },
});
