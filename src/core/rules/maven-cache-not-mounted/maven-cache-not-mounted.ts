import { defineRule } from "../../lint/rule.js";
import type { Invocation } from "../../shell/commands/index.js";
import { cacheMountVisitors, hasAnyFlag, operands } from "../cache-mounts.js";

/** Lifecycle phases that resolve dependencies (`clean` and `site` are left out, as in hadolint). */
const PHASES = new Set([
  "validate",
  "initialize",
  "generate-sources",
  "process-sources",
  "generate-resources",
  "process-resources",
  "compile",
  "process-classes",
  "generate-test-sources",
  "process-test-sources",
  "generate-test-resources",
  "process-test-resources",
  "test-compile",
  "process-test-classes",
  "test",
  "prepare-package",
  "package",
  "pre-integration-test",
  "integration-test",
  "post-integration-test",
  "verify",
  "install",
  "deploy",
]);

/** Options whose value is the next word. */
const VALUED = [
  "-f",
  "--file",
  "-s",
  "--settings",
  "-gs",
  "--global-settings",
  "-t",
  "--toolchains",
  "-P",
  "--activate-profiles",
  "-pl",
  "--projects",
  "-rf",
  "--resume-from",
  "-T",
  "--threads",
  "-D",
  "--define",
  "-l",
  "--log-file",
  "-b",
  "--builder",
];

/** `-Dmaven.repo.local=/dir` moves the local repository. */
function repoLocal(inv: Invocation): string[] {
  const out: string[] = [];
  for (const w of inv.args) {
    const m = w.value === null ? null : /^-Dmaven\.repo\.local=(\/.*)$/.exec(w.value);
    if (m) out.push(m[1]!);
  }
  return out;
}

export default defineRule({
  meta: {
    name: "maven-cache-not-mounted",
    category: "cache",
    severity: "info",
    description:
      "mvn package, install, verify, ... without a BuildKit cache mount on Maven's local repository (~/.m2)",
    sources: [{ tool: "hadolint", id: "DL3071" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on Maven's local repository: the downloaded dependencies and plugins are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}`",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      dirs: ["~/.m2"],
      envDirs: [["MAVEN_CONFIG", ""]],
      suggest: "~/.m2",
      commandDirs: repoLocal,
      match({ invocation: inv }) {
        if (inv.name !== "mvn" && inv.name !== "mvnw") return undefined;
        // offline builds read the repository and download nothing
        if (hasAnyFlag(inv, ["-o", "--offline"])) return undefined;
        const goal = operands(inv, VALUED).find(
          (w) => w.value !== null && (PHASES.has(w.value) || /^[\w.-]+:[\w.-]+/.test(w.value)),
        );
        if (!goal) return undefined;
        return { end: goal, label: `${inv.nameWord.value ?? inv.name} ${goal.value}` };
      },
    });
  },
});
