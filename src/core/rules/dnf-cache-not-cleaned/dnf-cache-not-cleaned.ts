import { defineRule } from "../../lint/rule.js";
import type { PackageCommand } from "../../shell/commands/packages.js";
import { hasCacheMount, headRange, runModels } from "../package-commands.js";

const CACHE_DIRS = ["/var/cache/libdnf5", "*/.cache/libdnf5", "/var/cache/dnf", "/var/cache/yum"];
/** dnf's short aliases that the shared subcommand table does not list (`up`, `up-min`, `rei`) */
const ALIASES = new Set(["up", "up-min", "rei"]);
const downloads = (p: PackageCommand) =>
  p.action === "install" ||
  p.action === "upgrade" ||
  (p.action === "other" && ALIASES.has(p.subcommand?.value ?? ""));

export default defineRule({
  meta: {
    name: "dnf-cache-not-cleaned",
    category: "size",
    severity: "warning",
    description:
      "dnf or microdnf install without a later `dnf clean all` in the same RUN leaves the cache in the image",
    sources: [
      { tool: "hadolint", id: "DL3040" },
      { tool: "trivy", id: "DS-0019" },
      { tool: "trivy", id: "DS-0027" },
    ],
    messages: {
      notCleaned:
        "`{{manager}} clean all` missing after {{manager}} command: add `&& {{manager}} clean all` to this RUN, or use `RUN --mount=type=cache,target=/var/cache/libdnf5`",
    },
    runCommands: ["dnf", "microdnf"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const models = runModels(ctx, inst);
        if (!models || hasCacheMount(inst, CACHE_DIRS)) return;
        for (const manager of ["dnf", "microdnf"]) {
          const installs = models.flatMap((m, i) =>
            m.packages?.manager === manager && downloads(m.packages) ? [{ p: m.packages, i }] : [],
          );
          if (installs.length === 0) continue;
          const first = installs[0]!.i;
          const cleaned = models.some(
            (m, i) =>
              i > first &&
              ((m.packages?.manager === manager &&
                m.packages.action === "clean" &&
                m.packages.args.positionals[1]?.value === "all") ||
                m.rm?.cleans.has("yum")),
          );
          if (cleaned) continue;
          for (const { p } of installs)
            ctx.report({ range: headRange(p), messageId: "notCleaned", data: { manager } });
        }
      },
    };
  },
});
