import { defineRule, type RuleContext } from "../../lint/rule.js";
import { type FlagSpec, parseArgs } from "../../shell/commands/argv.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Word } from "../../shell/types.js";

/** `scheme://user:password@host`: a password in a URL's user information. */
const URL_PASSWORD = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/;
/** aws configure keys that hold a secret (the key id alone is not one) */
const AWS_SECRETS = new Set(["aws_secret_access_key", "aws_session_token"]);
const LOGIN_TOOLS = new Set(["docker", "podman", "buildah", "helm", "skopeo", "nerdctl"]);
const NPM_TOOLS = new Set(["npm", "yarn", "pnpm"]);
/** the commands with a credential option this rule knows (curl and wget: through their download model) */
const TOOLS = new Set(["aws", "curl", "wget", ...LOGIN_TOOLS, ...NPM_TOOLS]);

const LOGIN: FlagSpec = { flags: { password: ["-p", "--password"] }, withValue: ["password"] };
/** An HTTP header that carries a credential, with a literal value after the name */
const AUTH_HEADER =
  /^\s*(authorization|proxy-authorization|private-token|job-token|x-api-key|x-auth-token)\s*:\s*[^\s$]/i;
/** npm/yarn/pnpm configuration keys that hold a credential */
const NPM_SECRET_KEY = /(_auth(Token)?|_password|npmAuth(Token|Ident))\b/;

/** A value written into the command itself: static, and not a `$VAR` reference. */
function literal(w: Word | undefined): w is Word {
  return w !== undefined && w.value !== null && w.value !== "" && !w.value.startsWith("$");
}

function reportSecret(ctx: RuleContext, word: Word, what: string): void {
  ctx.report({ range: word.range, messageId: "secret", data: { what } });
}

export default defineRule({
  meta: {
    name: "secret-in-run-command",
    category: "security",
    severity: "warning",
    description: "RUN passes a literal password or token on a command line",
    sources: [],
    messages: {
      secret:
        "{{what}} is written into the RUN command: it is stored in the image history (`docker history`) and the build cache; pass it with a secret mount (`RUN --mount=type=secret,id=...`) instead",
    },
    presets: ["recommended"],
  },
  create(ctx) {
    const text = ctx.text;
    // The first `@` at or after `atFrom` (-1: none): a URL with user info has one. Instructions come
    // in order, so the file is scanned about once, and most RUNs skip the URL test.
    let atFrom = 0;
    let atAt = text.indexOf("@");
    return {
      RUN(inst) {
        const { start, end } = inst.range;
        if (atFrom > start || (atAt !== -1 && atAt < start)) {
          atFrom = start;
          atAt = text.indexOf("@", start);
        }
        const mayHaveUrl = atAt !== -1 && atAt < end;
        const sh = ctx.shell(inst);
        if (!sh) return;
        const models = commandModels(sh);
        // indexed loops: this runs for every command of every RUN
        for (let i = 0; i < models.length; i++) {
          const model = models[i]!;
          const { name, args } = model.invocation;
          if (mayHaveUrl) {
            for (let k = 0; k < args.length; k++) {
              const v = args[k]!.value;
              if (v !== null && v.includes("@") && URL_PASSWORD.test(v))
                reportSecret(ctx, args[k]!, "A password in a URL");
            }
          }
          if (!TOOLS.has(name)) continue;
          if (model.download) {
            // curl -u/-U user:password, -H "Authorization: ..."; wget --password=..., --header=...
            const flags = model.download.flags;
            for (let k = 0; k < flags.length; k++) {
              const f = flags[k]!;
              const v = f.value;
              if (!literal(v)) continue;
              if (f.name === "header") {
                if (AUTH_HEADER.test(v.value!)) reportSecret(ctx, v, `A credential in a \`${name}\` header`);
              } else if (
                f.name === "password" ||
                ((f.name === "user" || f.name === "proxy-user") && /:./.test(v.value!))
              )
                reportSecret(ctx, v, `A \`${name}\` password`);
            }
          } else if (name === "aws") {
            // aws configure set aws_secret_access_key VALUE [--profile p]
            if (
              args[0]?.value === "configure" &&
              args[1]?.value === "set" &&
              AWS_SECRETS.has(args[2]?.value ?? "")
            ) {
              if (literal(args[3])) reportSecret(ctx, args[3], `\`${args[2]!.value}\``);
            }
          } else if (LOGIN_TOOLS.has(name)) {
            const login = args.findIndex((w) => w.value === "login");
            if (login === -1) continue;
            for (const f of parseArgs(args.slice(login + 1), LOGIN).flags)
              if (literal(f.value)) reportSecret(ctx, f.value, `The \`${name} login\` password`);
          } else if (args[0]?.value === "config" && args[1]?.value === "set") {
            // npm config set //registry/:_authToken TOKEN, or key=TOKEN
            const key = args[2];
            if (!key?.value || !NPM_SECRET_KEY.test(key.value)) continue;
            const eq = key.value.indexOf("=");
            if (eq !== -1) {
              if (eq + 1 < key.value.length && key.value[eq + 1] !== "$")
                reportSecret(ctx, key, "An npm auth token");
            } else if (literal(args[3])) reportSecret(ctx, args[3], "An npm auth token");
          }
        }
      },
    };
  },
});
