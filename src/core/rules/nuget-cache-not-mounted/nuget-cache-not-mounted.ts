import { defineRule } from "../../lint/rule.js";
import { cacheMountVisitors, hasAnyFlag, subcommandMatch } from "../cache-mounts.js";

/** dotnet commands that restore packages (unless `--no-restore`). */
const DOTNET = ["restore", "build", "publish", "test", "run", "pack"];

export default defineRule({
  meta: {
    name: "nuget-cache-not-mounted",
    category: "cache",
    severity: "info",
    description:
      "dotnet restore, build or publish (or nuget restore) without a BuildKit cache mount on NuGet's packages folder",
    sources: [{ tool: "hadolint", id: "DL3074" }],
    messages: {
      missing:
        "`{{command}}` runs without a BuildKit cache mount on NuGet's global packages folder: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target={{target}}`",
    },
    presets: [],
  },
  create(ctx) {
    return cacheMountVisitors(ctx, {
      dirs: ["~/.nuget/packages"],
      envDirs: [["NUGET_PACKAGES", ""]],
      suggest: "~/.nuget/packages",
      match({ invocation: inv }) {
        if (inv.name === "dotnet") {
          // `dotnet publish --no-restore` after a `dotnet restore` downloads nothing
          if (hasAnyFlag(inv, ["--no-restore"])) return undefined;
          return subcommandMatch(inv, DOTNET);
        }
        if (inv.name === "nuget" || inv.name === "nuget.exe")
          return subcommandMatch(inv, ["restore", "install"]);
        return undefined;
      },
    });
  },
});
