import { defineRule } from "../../lint/rule.js";
import { type FlagSpec, parseArgs } from "../../shell/commands/argv.js";
import { commandModels } from "../../shell/commands/index.js";
import type { Word } from "../../shell/types.js";

/** `scheme://user:password@host`: a password in a URL's user information. */
const URL_PASSWORD = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/;
/** A RUN whose text has none of these passes no credential the rule knows: no analysis needed. */
const HINT = /@|aws|login|-u|user|pass|auth|token|key/i;

/** aws configure keys that hold a secret (the key id alone is not one) */
const AWS_SECRETS = new Set(["aws_secret_access_key", "aws_session_token"]);
const LOGIN_TOOLS = new Set(["docker", "podman", "buildah", "helm", "skopeo", "nerdctl"]);
const NPM_TOOLS = new Set(["npm", "yarn", "pnpm"]);

const LOGIN: FlagSpec = { flags: { password: ["-p", "--password"] }, withValue: ["password"] };
const CURL: FlagSpec = {
  flags: { user: ["-u", "--user"], proxyUser: ["-U", "--proxy-user"], header: ["-H", "--header"] },
  withValue: ["user", "proxyUser", "header"],
};
const WGET: FlagSpec = {
  flags: {
    password: ["--password", "--http-password", "--ftp-password", "--proxy-password"],
    header: ["--header"],
  },
  withValue: ["password", "header"],
  noClusters: true,
};
/** An HTTP header that carries a credential, with a literal value after the name */
const AUTH_HEADER =
  /^\s*(authorization|proxy-authorization|private-token|job-token|x-api-key|x-auth-token)\s*:\s*[^\s$]/i;
/** npm/yarn/pnpm configuration keys that hold a credential */
const NPM_SECRET_KEY = /(_auth(Token)?|_password|npmAuth(Token|Ident))\b/;

/** A value written into the command itself: static, and not a `$VAR` reference. */
function literal(w: Word | undefined): w is Word {
  return w !== undefined && w.value !== null && w.value !== "" && !w.value.startsWith("$");
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
    return {
      RUN(inst) {
        if (!HINT.test(ctx.text.slice(inst.range.start, inst.range.end))) return;
        const sh = ctx.shell(inst);
        if (!sh) return;
        const models = commandModels(sh);
        const report = (word: Word, what: string) =>
          ctx.report({ range: word.range, messageId: "secret", data: { what } });
        // indexed loops: this runs for every command of the RUNs that pass the hint
        for (let i = 0; i < models.length; i++) {
          const { name, args } = models[i]!.invocation;
          for (let k = 0; k < args.length; k++) {
            const w = args[k]!;
            if (w.value !== null && URL_PASSWORD.test(w.value)) report(w, "A password in a URL");
          }
          if (name === "aws") {
            // aws configure set aws_secret_access_key VALUE [--profile p]
            if (
              args[0]?.value === "configure" &&
              args[1]?.value === "set" &&
              AWS_SECRETS.has(args[2]?.value ?? "")
            ) {
              if (literal(args[3])) report(args[3], `\`${args[2]!.value}\``);
            }
          } else if (LOGIN_TOOLS.has(name)) {
            const login = args.findIndex((w) => w.value === "login");
            if (login === -1) continue;
            for (const f of parseArgs(args.slice(login + 1), LOGIN).flags)
              if (literal(f.value)) report(f.value, `The \`${name} login\` password`);
          } else if (name === "curl" || name === "wget") {
            for (const f of parseArgs(args, name === "curl" ? CURL : WGET).flags) {
              const v = f.value;
              if (!literal(v)) continue;
              if (f.name === "header") {
                if (AUTH_HEADER.test(v.value!)) report(v, `A credential in a \`${name}\` header`);
              } else if (f.name === "password" || /:./.test(v.value!)) report(v, `A \`${name}\` password`);
            }
          } else if (NPM_TOOLS.has(name) && args[0]?.value === "config" && args[1]?.value === "set") {
            // npm config set //registry/:_authToken TOKEN, or key=TOKEN
            const key = args[2];
            if (!key?.value || !NPM_SECRET_KEY.test(key.value)) continue;
            const eq = key.value.indexOf("=");
            if (eq !== -1) {
              if (eq + 1 < key.value.length && key.value[eq + 1] !== "$") report(key, "An npm auth token");
            } else if (literal(args[3])) report(args[3], "An npm auth token");
          }
        }
      },
    };
  },
});
