import { defineRule } from "../../lint/rule.js";
import type { Invocation } from "../../shell/commands/index.js";
import { cacheMountVisitors, hasAnyFlag } from "../cache-mounts.js";

/** pnpm commands (and aliases) that download packages into the store. */
const FILLS = new Set(["install", "i", "add", "fetch", "update", "up", "upgrade"]);

/** `--store-dir /dir` or `--store-dir=/dir` on the command line. */
function storeDir(inv: Invocation): string[] {
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (v === "--store-dir") {
      const next = inv.args[i + 1]?.value;
      return next?.startsWith("/") ? [next] : [];
    }
    if (v?.startsWith("--store-dir=/")) return [v.slice("--store-dir=".length)];
  }
  return [];
}

export default defineRule({
  meta: {
    name: "pnpm-cache-not-mounted",
    category: "cache",
    severity: "info",
    description: "pnpm install, add or fetch without a BuildKit cache mount on pnpm's store",
    sources: [{ tool: "hadolint", id: "DL3075" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on pnpm's store: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}`",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      // `~/pnpm` is any `.../pnpm` directory or one inside it: `/pnpm/store`, `~/.local/share/pnpm/store`
      dirs: ["~/pnpm", "~/.pnpm-store", "~/.cache/pnpm"],
      envDirs: [
        ["npm_config_store_dir", ""],
        ["PNPM_HOME", "/store"],
      ],
      suggest: "~/.local/share/pnpm/store",
      commandDirs: storeDir,
      match({ packages: p }) {
        if (p?.manager !== "pnpm") return undefined;
        const sub = p.args.positionals[0];
        if (!sub?.value || !FILLS.has(sub.value)) return undefined;
        if (hasAnyFlag(p.invocation, ["--offline"])) return undefined;
        return { end: sub, label: `pnpm ${sub.value}` };
      },
    });
  },
});
