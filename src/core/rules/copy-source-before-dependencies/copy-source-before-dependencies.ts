import { defineRule, type RuleContext } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Word as ShellWord } from "../../shell/types.js";
import type { Instruction, Word } from "../../syntax/cst.js";

/** `COPY . .`, `COPY ./ /app`, `ADD . .`, `COPY * ./`: the whole build context. */
export function copiesWholeContext(inst: Instruction): Word | undefined {
  if (inst.args.type !== "copy" || inst.flags.some((f) => f.name === "from")) return undefined;
  return inst.args.sources.find(
    (s) => s.value === "." || s.value === "./" || s.value === "*" || s.value === "./*",
  );
}

/** The dependency-install commands of a RUN: installs from a manifest or lock file. */
function dependencyInstall(ctx: RuleContext, inst: Instruction): ShellWord | undefined {
  const analysis = ctx.shell(inst);
  if (!analysis) return undefined;
  for (const m of commandModels(analysis)) {
    const p = m.packages;
    const name = m.invocation.name;
    const sub = m.invocation.args[0]?.value;
    if (p) {
      const manifest =
        (["npm", "yarn", "pnpm", "bun"].includes(p.manager) &&
          p.action === "install" &&
          p.packages.length === 0) ||
        ((p.manager === "pip" || p.manager === "uv") && p.args.flags.some((f) => f.name === "requirement")) ||
        (p.manager === "uv" && p.subcommand?.value === "sync") ||
        (p.manager === "poetry" && p.subcommand?.value === "install") ||
        (p.manager === "go" && p.subcommand?.value === "mod" && m.invocation.args[1]?.value === "download") ||
        (p.manager === "cargo" && p.subcommand?.value === "fetch");
      if (manifest) return m.invocation.nameWord;
    }
    if ((name === "bundle" || name === "composer") && sub === "install") return m.invocation.nameWord;
  }
  return undefined;
}

const copySourceBeforeDependencies = defineRule({
  meta: {
    name: "copy-source-before-dependencies",
    category: "cache",
    severity: "warning",
    description:
      "Sources are copied before dependencies are installed, so every source change reinstalls them",
    sources: [],
    messages: {
      order:
        "`{{install}}` runs after `{{copy}}` copied the whole build context: any source change invalidates the install layer. Copy only the dependency manifests first, install, then copy the sources",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    let wholeCopy: { inst: Instruction; word: Word } | undefined;
    return {
      FROM() {
        wholeCopy = undefined;
      },
      COPY(inst, _info, onbuild) {
        if (onbuild) return;
        const word = copiesWholeContext(inst);
        if (word && !wholeCopy) wholeCopy = { inst, word };
      },
      ADD(inst, _info, onbuild) {
        if (onbuild) return;
        const word = copiesWholeContext(inst);
        if (word && !wholeCopy) wholeCopy = { inst, word };
      },
      RUN(inst, _info, onbuild) {
        if (onbuild || !wholeCopy) return;
        const install = dependencyInstall(ctx, inst);
        if (!install) return;
        ctx.report({
          range: wholeCopy.word.range,
          messageId: "order",
          data: {
            install: install.value ?? install.raw,
            copy: `${wholeCopy.inst.keyword} ${wholeCopy.word.value}`,
          },
        });
        wholeCopy = undefined; // once per copy
      },
    };
  },
});

export default copySourceBeforeDependencies;
