import { defineRule } from "../../lint/rule.js";
import { cacheMountVisitors, subcommandMatch } from "../cache-mounts.js";

/** mix tasks hadolint counts (`deps.get`/`deps.update` download from Hex), and `deps.update`. */
const FILLS = ["deps.get", "deps.update", "deps.compile", "compile"];

export default defineRule({
  meta: {
    name: "mix-cache-not-mounted",
    category: "cache",
    severity: "info",
    description: "mix deps.get or compile without a BuildKit cache mount on Hex's cache (~/.hex)",
    sources: [{ tool: "hadolint", id: "DL3076" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on Hex's cache: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}`",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      dirs: ["~/.hex", "~/.mix"],
      envDirs: [
        ["HEX_HOME", ""],
        ["MIX_HOME", ""],
      ],
      suggest: "~/.hex",
      match({ invocation: inv }) {
        if (inv.name !== "mix") return undefined;
        return subcommandMatch(inv, FILLS);
      },
    });
  },
});
