import { defineRule } from "../../lint/rule.js";
import {
  type CommandModel,
  commandModels,
  flagValue,
  type Manager,
  type PackageCommand,
  type PackageRef,
} from "../../shell/commands/index.js";
import type { Word } from "../../shell/types.js";
import { PACKAGE_DATABASE } from "../package-commands.js";

/**
 * Compile or bundle steps: the command and the first arguments that make it one (null: any). A Map
 * by command name, as it is looked up for every command of a RUN.
 */
const BUILD_STEPS = new Map<string, readonly string[] | null>([
  ["go", ["build"]],
  ["cargo", ["build"]],
  ["mvn", null],
  ["gradle", null],
  ["./gradlew", null],
  ["gradlew", null],
  ["dotnet", ["publish", "build"]],
  ["make", null],
  ["cmake", null],
  ["gcc", null],
  ["g++", null],
  ["cc", null],
  ["tsc", null],
  ["webpack", null],
  ["vite", ["build"]],
  ["next", ["build"]],
]);
const SCRIPT_RUNNERS = new Set(["npm", "yarn", "pnpm", "bun"]);
const TOOLCHAIN_PACKAGES =
  /^(build-essential|build-base|gcc|g\+\+|clang|make|cmake|golang(-go)?|rustc|cargo|openjdk-\d+-jdk|maven|gradle|.*-dev|.*-devel)$/;

export default defineRule({
  meta: {
    name: "toolchain-in-final-image",
    category: "size",
    severity: "warning",
    description: "A single-stage build compiles or installs a build toolchain in the image it ships",
    sources: [],
    messages: {
      build:
        "`{{step}}` compiles in the final image of a single-stage build: the compiler, sources and caches ship too. Build in a first stage and copy only the output into a small runtime stage",
      toolchain:
        "Build toolchain `{{package}}` is installed in the final image of a single-stage build. Install it in a build stage and copy only the output into the runtime stage",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    const target = ctx.model.targetStage();
    // multi-stage already: the target copies from or builds on another stage
    const single = target !== undefined && !target.uses.some((u) => u.stage !== null);
    return {
      RUN(inst, info, onbuild) {
        if (!single || onbuild || info.stage !== target!.index) return;
        const analysis = ctx.shell(inst);
        if (!analysis) return;
        const models = commandModels(analysis);
        // the toolchain packages each command installs, by command index (undefined while no command
        // installs one: most RUNs, which then allocate nothing); indexed loops here: a for-of costs an
        // iterator and a call per step in cold code
        let installed: (readonly PackageRef[])[] | undefined;
        for (let i = 0; i < models.length; i++) {
          const p = models[i]!.packages;
          if (p?.action !== "install") continue;
          const toolchain = installedToolchain(p);
          if (toolchain.length === 0) continue;
          installed ??= new Array<readonly PackageRef[]>(models.length).fill(NONE);
          installed[i] = toolchain;
        }
        const removed = installed ? removedToolchain(models, installed) : NOTHING_REMOVED;
        // a RUN that installs a toolchain, builds and removes the toolchain again leaves neither in the layer
        let cleansUp = removed.size > 0;
        for (let i = 0; cleansUp && i < installed!.length; i++) {
          for (const p of installed![i]!) if (!removed.has(p)) cleansUp = false;
        }
        for (let i = 0; i < models.length; i++) {
          const inv = models[i]!.invocation;
          const sub = inv.args[0]?.value;
          const stepArgs = BUILD_STEPS.get(inv.name);
          const step =
            stepArgs === null ||
            (stepArgs !== undefined && typeof sub === "string" && stepArgs.includes(sub));
          const scriptBuild =
            SCRIPT_RUNNERS.has(inv.name) &&
            (sub === "build" || (sub === "run" && inv.args[1]?.value === "build"));
          if ((step || scriptBuild) && !cleansUp) {
            const words: Word[] = [inv.nameWord, ...inv.args.slice(0, scriptBuild && sub === "run" ? 2 : 1)];
            const text = words.map((w) => w.value ?? w.raw).join(" ");
            ctx.report({
              range: { start: words[0]!.range.start, end: words[words.length - 1]!.range.end },
              messageId: "build",
              data: { step: text },
            });
            return;
          }
          const pkgs = installed?.[i] ?? NONE;
          for (let j = 0; j < pkgs.length; j++) {
            const pkg = pkgs[j]!;
            if (removed.has(pkg)) continue;
            ctx.report({ range: pkg.word.range, messageId: "toolchain", data: { package: pkg.name } });
            return;
          }
        }
      },
    };
  },
});

const NONE: readonly PackageRef[] = [];
const NOTHING_REMOVED: ReadonlySet<PackageRef> = new Set();

/** The toolchain packages an install command installs. */
function installedToolchain(install: PackageCommand): readonly PackageRef[] {
  let out: PackageRef[] | undefined;
  for (const p of install.packages) if (TOOLCHAIN_PACKAGES.test(p.name)) (out ??= []).push(p);
  return out ?? NONE;
}

/**
 * `apt-mark auto ...` and then `apt-get purge --auto-remove` / `apt-get autoremove`: the packages
 * installed before are removed again unless marked manual (the docker-library `savedAptMark` idiom,
 * which re-marks only the packages the image had before this RUN and the runtime libraries).
 */
function aptMarkedAutoAndAutoremoved(later: CommandModel[]): boolean {
  const marked = later.findIndex(
    (m) => m.invocation.name === "apt-mark" && m.invocation.args[0]?.value === "auto",
  );
  if (marked < 0) return false;
  return later.slice(marked + 1).some((m) => {
    const { name, args } = m.invocation;
    if (name !== "apt-get" && name !== "apt") return false;
    const words = args.map((a) => a.value);
    return (
      words.includes("autoremove") ||
      words.includes("auto-remove") ||
      ((words.includes("purge") || words.includes("remove")) &&
        (words.includes("--auto-remove") || words.includes("--autoremove")))
    );
  });
}

/** apt and apt-get, yum and the dnfs manage the same package database. */
const family = (manager: Manager): string => PACKAGE_DATABASE[manager] ?? manager;

/**
 * The toolchain packages of this RUN that a later command of the same RUN removes again: by name
 * (`apt-get purge -y build-essential`, `apk del gcc`) or, for apk, by the virtual package they were
 * installed under (`apk add --virtual .build-deps gcc` ... `apk del .build-deps`).
 */
function removedToolchain(models: CommandModel[], installed: (readonly PackageRef[])[]): Set<PackageRef> {
  const removed = new Set<PackageRef>();
  for (let i = 0; i < models.length; i++) {
    const m = models[i]!;
    const toolchain = installed[i]!;
    if (toolchain.length === 0) continue;
    const manager = family(m.packages!.manager);
    if (manager === PACKAGE_DATABASE["apt-get"] && aptMarkedAutoAndAutoremoved(models.slice(i + 1))) {
      for (const pkg of toolchain) removed.add(pkg);
      continue;
    }
    const virtual = manager === "apk" ? (flagValue(m.packages!, "virtual")?.value ?? undefined) : undefined;
    for (const later of models.slice(i + 1)) {
      const p = later.packages;
      if (p?.action !== "remove" || family(p.manager) !== manager) continue;
      const names = new Set(p.packages.map((r) => r.name));
      for (const pkg of toolchain) {
        if (names.has(pkg.name) || (virtual !== undefined && names.has(virtual))) removed.add(pkg);
      }
    }
  }
  return removed;
}
