import { defineRule } from "../../lint/rule.js";
import { cacheMountVisitors } from "../cache-mounts.js";

/** go subcommands that compile (build cache) or download modules (module cache). */
const FILLS = new Set(["build", "install", "get", "test", "run", "vet", "generate"]);
/** `go mod` subcommands that download modules. */
const MOD_FILLS = new Set(["download", "tidy", "vendor", "verify", "graph", "why"]);

export default defineRule({
  meta: {
    name: "go-cache-not-mounted",
    category: "cache",
    severity: "info",
    description:
      "go build, install, get, test or mod download without a BuildKit cache mount on Go's build or module cache",
    sources: [{ tool: "hadolint", id: "DL3070" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on Go's caches: compiled packages and downloaded modules are written into the layer and rebuilt or fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}` for the build cache and `--mount=type=cache,target=/go/pkg/mod` (`$GOMODCACHE`) for modules",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      dirs: ["~/.cache/go-build", "~/go/pkg/mod", "/go/pkg/mod"],
      envDirs: [
        ["GOCACHE", ""],
        ["GOMODCACHE", ""],
        ["GOPATH", "/pkg/mod"],
      ],
      suggest: "~/.cache/go-build",
      match({ packages: p }) {
        if (p?.manager !== "go") return undefined;
        const [sub, next] = p.args.positionals;
        if (!sub?.value) return undefined;
        if (FILLS.has(sub.value)) return { end: sub, label: `go ${sub.value}` };
        if (sub.value === "mod" && next?.value && MOD_FILLS.has(next.value))
          return { end: next, label: `go mod ${next.value}` };
        return undefined;
      },
    });
  },
});
