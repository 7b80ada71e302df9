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
      substituted:
        "`{{shell}}` runs what `{{tool}}` fetches, unverified; download to a file, check its checksum or signature, then run it",
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
          const shell = download?.runBy;
          if (!download || !shell) continue;
          // `curl ... | sh`: from the download to the shell; `sh -c "$(curl ...)"`: from the shell
          // to the end of the download
          const fetched = download.invocation.command.range;
          const piped = shell === download.pipedToShell;
          ctx.report({
            range: piped
              ? { start: download.invocation.nameWord.range.start, end: shell.range.end }
              : { start: shell.range.start, end: fetched.end },
            messageId: piped ? "piped" : "substituted",
            data: { tool: download.tool, shell: shell.value ?? shell.raw },
          });
        }
      },
    };
  },
});
