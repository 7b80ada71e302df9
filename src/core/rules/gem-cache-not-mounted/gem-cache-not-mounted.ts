import { defineRule } from "../../lint/rule.js";
import { cacheMountVisitors, hasAnyFlag, operands } from "../cache-mounts.js";

export default defineRule({
  meta: {
    name: "gem-cache-not-mounted",
    category: "cache",
    severity: "info",
    description: "gem install or bundle install without a BuildKit cache mount on the gem cache",
    sources: [{ tool: "hadolint", id: "DL3077" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on the gem cache: the downloaded .gem files are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}` (`$GEM_HOME/cache`; not `$GEM_HOME` itself, which holds the installed gems)",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      // `~/bundle` is any `.../bundle` directory or one inside it (`/usr/local/bundle/cache`)
      dirs: ["~/.gem", "~/bundle", "~/.bundle"],
      // With BUNDLE_PATH set, bundler installs into `$BUNDLE_PATH/ruby/<ABI version>/` and keeps the
      // .gem files in its `cache/`: a mount there (or on BUNDLE_PATH, as hadolint) counts, but
      // BUNDLE_PATH itself is not suggested, as a cache mount over it hides the installed gems.
      envDirs: [
        ["BUNDLE_PATH", "", "/ruby/<ruby version>/cache"],
        ["GEM_HOME", "/cache"],
      ],
      suggest: "/usr/local/bundle/cache",
      match({ invocation: inv, packages: p }) {
        if (p?.manager === "gem") {
          const sub = p.args.positionals[0];
          if (!sub?.value || !["install", "i", "update"].includes(sub.value)) return undefined;
          if (hasAnyFlag(inv, ["--local", "-l"])) return undefined;
          return { end: sub, label: `gem ${sub.value}` };
        }
        if (inv.name !== "bundle" && inv.name !== "bundler") return undefined;
        // `bundle install --local` installs from the cache without downloading
        if (hasAnyFlag(inv, ["--local"])) return undefined;
        const sub = operands(inv, [
          "--gemfile",
          "--path",
          "--jobs",
          "-j",
          "--retry",
          "--without",
          "--with",
        ])[0];
        // a bare `bundle` is `bundle install`
        if (!sub) return { label: inv.name };
        if (sub.value !== "install" && sub.value !== "update") return undefined;
        return { end: sub, label: `${inv.name} ${sub.value}` };
      },
    });
  },
});
