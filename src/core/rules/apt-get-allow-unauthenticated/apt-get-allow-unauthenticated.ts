import { defineRule } from "../../lint/rule.js";
import { packageCommands } from "../package-commands.js";

const OPTION = /^APT::Get::AllowUnauthenticated=(true|yes|1)$/i;

export default defineRule({
  meta: {
    name: "apt-get-allow-unauthenticated",
    category: "security",
    severity: "warning",
    description: "apt-get --allow-unauthenticated installs packages whose signature cannot be verified",
    sources: [{ tool: "checkov", id: "CKV2_DOCKER_8" }],
    messages: {
      unauthenticated:
        "Do not use `{{flag}}`: it installs packages with untrusted or missing signatures. Add the repository's signing key instead",
    },
    runCommands: ["apt-get", "apt"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        for (const p of packageCommands(ctx, inst)) {
          if (p.manager !== "apt-get" && p.manager !== "apt") continue;
          for (const f of p.args.flags) {
            if (f.name === "allow-unauthenticated")
              ctx.report({ range: f.word.range, messageId: "unauthenticated", data: { flag: f.word.raw } });
            else if (f.name === "option" && f.value && OPTION.test(f.value.value ?? ""))
              ctx.report({ range: f.value.range, messageId: "unauthenticated", data: { flag: f.value.raw } });
          }
        }
      },
    };
  },
});
