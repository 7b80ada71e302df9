import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Range } from "../../text/range.js";
import { cacheMountTargets } from "../package-commands.js";

/** What creates a cache, by manager name used in `Removal.cleans` / clean commands. */
const CREATES: Record<string, string[]> = {
  apt: ["apt-get", "apt"],
  apk: ["apk"],
  yum: ["yum", "dnf", "microdnf", "tdnf"],
  zypper: ["zypper"],
  pip: ["pip", "uv"],
  npm: ["npm"],
  yarn: ["yarn"],
};

/**
 * The directories a manager fills, each of which a cache mount must cover (be it or a parent of it)
 * for the RUN to leave nothing of that cache in its layer.
 */
const CACHE_DIRS: Record<string, RegExp[]> = {
  apt: [/^\/var(\/cache(\/apt)?)?$/, /^\/var(\/lib(\/apt(\/lists)?)?)?$/],
  apk: [/^\/var(\/cache(\/apk)?)?$/],
  yum: [/^\/var(\/cache(\/(dnf|yum|tdnf))?)?$/],
  zypper: [/^\/var(\/cache(\/zypp)?)?$/],
  pip: [/\/\.cache(\/pip)?$/],
  npm: [/\/\.npm$/],
  yarn: [/\/\.cache(\/yarn)?$|\/\.yarn(\/cache)?$/],
};

/** The RUN's cache or tmpfs mounts cover every directory the manager fills. */
function mounted(key: string, targets: string[]): boolean {
  const dirs = CACHE_DIRS[key];
  return !!dirs && dirs.every((dir) => targets.some((t) => dir.test(t.replace(/\/+$/, ""))));
}

/** The CREATES key of each manager (looked up for every package command). */
const MANAGER_KEY = new Map<string, string>();
for (const [key, list] of Object.entries(CREATES)) for (const manager of list) MANAGER_KEY.set(manager, key);

export default defineRule({
  meta: {
    name: "cache-cleaned-in-later-layer",
    category: "size",
    severity: "warning",
    description:
      "A package cache is deleted in a later RUN than the one that filled it, which does not shrink the image",
    sources: [],
    messages: {
      later:
        "This removes the {{manager}} cache in a separate RUN: the files remain in the earlier layer and the image does not get smaller. Clean up in the same RUN, or better, use `RUN --mount=type=cache` for the cache directory",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    let filled = new Set<string>();
    return {
      FROM() {
        filled = new Set();
      },
      RUN(inst, _info, onbuild) {
        if (onbuild) return;
        const analysis = ctx.shell(inst);
        if (!analysis) return;
        const models = commandModels(analysis);
        // the caches the RUN fills and those it cleans: created on first use, as most RUNs have none;
        // indexed loops over the commands: a for-of costs an iterator and a call per step in cold code
        let installs: Set<string> | undefined;
        for (let i = 0; i < models.length; i++) {
          const p = models[i]!.packages;
          if (!p) continue;
          const key = MANAGER_KEY.get(p.manager);
          // dnf/yum load the repository metadata into their cache for any command but clean
          // (`dnf module enable`, `dnf config-manager`, `dnf makecache`)
          if (key && (p.action === "install" || p.action === "update" || p.action === "upgrade"))
            (installs ??= new Set()).add(key);
          else if (key === "yum" && p.action !== "clean") (installs ??= new Set()).add(key);
        }
        // cleanups of caches filled by an earlier RUN, when this RUN does not fill them itself
        let cleanedHere: Set<string> | undefined;
        for (let i = 0; i < models.length; i++) {
          const m = models[i]!;
          let cleaned: { key: string; range: Range } | undefined;
          if (m.rm) {
            for (const key of m.rm.cleans) {
              (cleanedHere ??= new Set()).add(key);
              if (filled.has(key) && !installs?.has(key))
                cleaned = { key, range: m.invocation.command.range };
            }
          }
          const p = m.packages;
          const cleanKey = p && p.action === "clean" ? MANAGER_KEY.get(p.manager) : undefined;
          // `apt-get clean` empties the archive cache but leaves the package lists
          if (cleanKey && cleanKey !== "apt") (cleanedHere ??= new Set()).add(cleanKey);
          if (!cleaned && cleanKey && filled.has(cleanKey) && !installs?.has(cleanKey))
            cleaned = { key: cleanKey, range: m.invocation.command.range };
          if (cleaned)
            ctx.report({ range: cleaned.range, messageId: "later", data: { manager: cleaned.key } });
        }
        // a cache the RUN cleans itself, or keeps in a cache mount, is not in its layer
        if (!installs) return;
        const targets = cacheMountTargets(inst);
        for (const key of installs) if (!cleanedHere?.has(key) && !mounted(key, targets)) filled.add(key);
      },
    };
  },
});
