import { defineRule } from "../../lint/rule.js";
import type { Invocation } from "../../shell/commands/index.js";
import { cacheMountVisitors, hasAnyFlag, operands } from "../cache-mounts.js";

/** Options whose value is the next word. */
const VALUED = [
  "-p",
  "--project-dir",
  "-b",
  "--build-file",
  "-c",
  "--settings-file",
  "-g",
  "--gradle-user-home",
  "-x",
  "--exclude-task",
  "-I",
  "--init-script",
  "--console",
  "--warning-mode",
  "--max-workers",
  "--priority",
];

/** Invocations that only print something. */
const INFO_ONLY = ["--version", "-v", "--help", "-h", "-?"];

/** `-g /dir` / `--gradle-user-home=/dir` moves Gradle's user home. */
function userHome(inv: Invocation): string[] {
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (v === "-g" || v === "--gradle-user-home") {
      const next = inv.args[i + 1]?.value;
      return next?.startsWith("/") ? [next] : [];
    }
    if (v?.startsWith("--gradle-user-home=/")) return [v.slice("--gradle-user-home=".length)];
  }
  return [];
}

export default defineRule({
  meta: {
    name: "gradle-cache-not-mounted",
    category: "cache",
    severity: "info",
    description: "gradle or ./gradlew without a BuildKit cache mount on Gradle's user home (~/.gradle)",
    sources: [{ tool: "hadolint", id: "DL3072" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on Gradle's user home: the downloaded dependencies (and the wrapper's distribution) are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}`",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      dirs: ["~/.gradle"],
      envDirs: [["GRADLE_USER_HOME", ""]],
      suggest: "~/.gradle",
      commandDirs: userHome,
      match({ invocation: inv }) {
        if (inv.name !== "gradle" && inv.name !== "gradlew") return undefined;
        if (hasAnyFlag(inv, ["--offline"])) return undefined;
        const task = operands(inv, VALUED)[0];
        if (
          !task &&
          inv.args.length > 0 &&
          inv.args.every((w) => w.value !== null && INFO_ONLY.includes(w.value))
        )
          return undefined;
        const name = inv.nameWord.value ?? inv.name;
        return { end: task, label: task?.value ? `${name} ${task.value}` : name };
      },
    });
  },
});
