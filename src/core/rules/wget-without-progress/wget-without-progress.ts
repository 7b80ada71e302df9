import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

/** Options that already keep the log short, or send it elsewhere (-o/-a: log file). */
const QUIET =
  /^(-q|--quiet|-nv|--no-verbose|-o|--output-file(=.*)?|-a|--append-output(=.*)?|--progress(=.*)?)$/;

export default defineRule({
  meta: {
    name: "wget-without-progress",
    category: "style",
    severity: "info",
    description: "wget without --progress floods the build log with progress output",
    sources: [{ tool: "hadolint", id: "DL3047" }],
    fix: { availability: "always", safety: "safe" },
    messages: {
      progress:
        "`wget` without `--progress` bloats the build log; use `wget --progress=dot:giga <url>`, or `-q` / `-nv`",
    },
    runCommands: ["wget"],
    presets: ["recommended", "hadolint"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const { download } of commandModels(sh)) {
          if (download?.tool !== "wget") continue;
          const { args } = download;
          if (args.flags.some((f) => f.name === "progress" || f.name === "quiet" || f.name === "no-verbose"))
            continue;
          // short clusters such as `-qO-` count too
          if (
            download.invocation.args.some(
              (w) => w.value !== null && (QUIET.test(w.value) || /^-[A-Za-z]*q[A-Za-z]*$/.test(w.value)),
            )
          )
            continue;
          const name = download.invocation.nameWord;
          ctx.report({
            range: name.range,
            messageId: "progress",
            fix: {
              safety: "safe",
              title: "Add --progress=dot:giga",
              edits: [
                { range: { start: name.range.end, end: name.range.end }, text: " --progress=dot:giga" },
              ],
            },
          });
        }
      },
    };
  },
});
