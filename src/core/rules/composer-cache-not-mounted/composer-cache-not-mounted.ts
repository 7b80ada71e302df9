import { defineRule } from "../../lint/rule.js";
import { cacheMountVisitors, subcommandMatch } from "../cache-mounts.js";

/** composer commands (and aliases) that download packages. */
const FILLS = ["install", "i", "update", "u", "upgrade", "require", "r", "create-project", "reinstall"];

export default defineRule({
  meta: {
    name: "composer-cache-not-mounted",
    category: "cache",
    severity: "info",
    description: "composer install, update or require without a BuildKit cache mount on Composer's cache",
    sources: [{ tool: "hadolint", id: "DL3073" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on Composer's cache: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}` (`$COMPOSER_CACHE_DIR`, or `$COMPOSER_HOME/cache`)",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      dirs: ["~/.composer/cache", "~/.cache/composer"],
      envDirs: [
        ["COMPOSER_CACHE_DIR", ""],
        ["COMPOSER_HOME", "/cache"],
      ],
      suggest: "~/.composer/cache",
      match({ invocation: inv }) {
        if (inv.name !== "composer" && inv.name !== "composer.phar") return undefined;
        return subcommandMatch(inv, FILLS, ["-d", "--working-dir"]);
      },
    });
  },
});
