import { defineRule } from "../../lint/rule.js";
import type { Word } from "../../shell/types.js";
import { packageCommands } from "../package-commands.js";

/**
 * Words that are not gem names: everything after `--` (options for the gem's native extension
 * build, `gem install nokogiri -- --use-system-libraries`), and the value after an option gem does
 * not know, which is passed on to the build (`--with-xml2-dir /usr`).
 */
function buildOptionWords(args: readonly Word[], unknown: readonly Word[]): Set<Word> {
  const out = new Set<Word>();
  const end = args.findIndex((w) => w.value === "--");
  if (end !== -1) for (const w of args.slice(end + 1)) out.add(w);
  for (const u of unknown) {
    const i = args.indexOf(u);
    if (u.value?.startsWith("--") && !u.value.includes("=") && i !== -1 && i + 1 < args.length)
      out.add(args[i + 1]!);
  }
  return out;
}

export default defineRule({
  meta: {
    name: "gem-unpinned-version",
    category: "reproducibility",
    severity: "warning",
    description: "gem install without a pinned version (`gem install <gem>:<version>` or `-v <version>`)",
    sources: [{ tool: "hadolint", id: "DL3028" }],
    messages: {
      unpinned:
        "Pin versions in gem install: instead of `gem install {{name}}` use `gem install {{name}}:<version>`",
    },
    runCommands: ["gem"],
    presets: ["hadolint", "strict"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "gem" || p.action !== "install") continue;
          if (p.args.flags.some((f) => f.name === "version")) continue;
          const notGems = buildOptionWords(p.invocation.args, p.args.unknown);
          for (const pkg of p.packages) {
            const v = pkg.word.value;
            if (v === null || pkg.version || v.endsWith(".gem") || notGems.has(pkg.word)) continue;
            ctx.report({ range: pkg.word.range, messageId: "unpinned", data: { name: v } });
          }
        }
      },
    };
  },
});
