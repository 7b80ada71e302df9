import { defineRule } from "../../lint/rule.js";
import { cacheMountVisitors, hasAnyFlag } from "../cache-mounts.js";

/** cargo subcommands (and aliases) that download crates into the registry. */
const FILLS = new Set([
  "build",
  "b",
  "check",
  "c",
  "test",
  "t",
  "run",
  "r",
  "bench",
  "doc",
  "d",
  "install",
  "fetch",
  "clippy",
  "rustc",
  "vendor",
  "update",
]);

export default defineRule({
  meta: {
    name: "cargo-cache-not-mounted",
    category: "cache",
    severity: "info",
    description: "cargo build, install or fetch without a BuildKit cache mount on cargo's registry",
    sources: [{ tool: "hadolint", id: "DL3069" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on cargo's registry: the downloaded crates are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}` (`$CARGO_HOME/registry`: `/usr/local/cargo/registry` in the rust images), and the same for `git` if you use git dependencies",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      // the whole of ~/.cargo too (hadolint accepts it), though it also hides ~/.cargo/bin
      dirs: ["~/.cargo", "/usr/local/cargo/registry", "/usr/local/cargo/git"],
      envDirs: [
        ["CARGO_HOME", "/registry"],
        ["CARGO_HOME", "/git"],
      ],
      suggest: "~/.cargo/registry",
      match({ packages: p }) {
        if (p?.manager !== "cargo") return undefined;
        // `cargo +nightly build`: the toolchain comes first
        const sub = p.args.positionals.find((w) => !w.value?.startsWith("+"));
        if (!sub?.value || !FILLS.has(sub.value)) return undefined;
        if (hasAnyFlag(p.invocation, ["--offline", "--frozen"])) return undefined;
        if (p.invocation.env.some((e) => e.name === "CARGO_NET_OFFLINE" && e.value === "true"))
          return undefined;
        return { end: sub, label: `cargo ${sub.value}` };
      },
    });
  },
});
