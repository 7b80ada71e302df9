import { defineRule } from "../../lint/rule.js";
import type { Invocation } from "../../shell/commands/index.js";
import { type CacheMatch, cacheMountVisitors, hasAnyFlag } from "../cache-mounts.js";

/** npm subcommands (and their aliases) that download packages into npm's cache. */
const FILLS = new Set([
  "install",
  "i",
  "in",
  "add",
  "isntall",
  "ci",
  "clean-install",
  "ic",
  "install-clean",
  "install-ci-test",
  "cit",
  "install-test",
  "it",
  "update",
  "up",
  "upgrade",
]);

/** `--cache /dir` or `--cache=/dir` on the command line. */
function cacheFlag(inv: Invocation): string[] {
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (v === "--cache") {
      const next = inv.args[i + 1]?.value;
      return next?.startsWith("/") ? [next] : [];
    }
    if (v?.startsWith("--cache=/")) return [v.slice("--cache=".length)];
  }
  return [];
}

export default defineRule({
  meta: {
    name: "npm-cache-not-mounted",
    category: "cache",
    severity: "info",
    description: "npm install or ci without a BuildKit cache mount on npm's cache directory (~/.npm)",
    sources: [{ tool: "hadolint", id: "DL3068" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on npm's cache: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}`",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      dirs: ["~/.npm"],
      envDirs: [
        ["npm_config_cache", ""],
        ["NPM_CONFIG_CACHE", ""],
      ],
      suggest: "~/.npm",
      commandDirs: cacheFlag,
      match({ packages: p }): CacheMatch | undefined {
        if (p?.manager !== "npm") return undefined;
        const sub = p.args.positionals[0];
        if (!sub?.value || !FILLS.has(sub.value)) return undefined;
        // --offline reads the cache and downloads nothing
        if (hasAnyFlag(p.invocation, ["--offline"])) return undefined;
        return { end: sub, label: `npm ${sub.value}` };
      },
    });
  },
});
