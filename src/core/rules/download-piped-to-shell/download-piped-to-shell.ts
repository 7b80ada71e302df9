import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

export default defineRule({
  meta: {
    name: "download-piped-to-shell",
    category: "security",
    severity: "warning",
    description: "RUN pipes a download (curl/wget) straight into a shell or interpreter",
    sources: [],
    messages: {
      piped:
        "`{{tool}} ... | {{shell}}` runs whatever the server sends, unverified; download to a file, check its checksum or signature, then run it",
    },
    runCommands: ["curl", "wget"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        const models = commandModels(sh);
        // indexed: a for-of costs an iterator and a call per command in cold code
        for (let i = 0; i < models.length; i++) {
          const download = models[i]!.download;
          let shell = download?.pipedToShell;
          if (!download || !shell) continue;
          // downloads.ts gives the `sudo` word for `| sudo bash`: use the shell after it
          if (shell.value === "sudo") {
            const argv = sh.commands.find((c) => c.argv.includes(shell!))?.argv ?? [];
            shell = argv[argv.indexOf(shell) + 1] ?? shell;
          }
          ctx.report({
            range: { start: download.invocation.nameWord.range.start, end: shell.range.end },
            messageId: "piped",
            data: { tool: download.tool, shell: shell.value ?? shell.raw },
          });
        }
      },
    };
  },
});
