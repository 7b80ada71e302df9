import type { PresetOptions } from "../../lint/config.js";
import { defineRule, type Rule } from "../../lint/rule.js";
import type { Instruction, KeyValue } from "../../syntax/cst.js";

/**
 * BuildKit's name rule (dockerfile2llb `getSecretsRegex`): one of these words, case-insensitive,
 * as the whole name or as a `_`-delimited word of it (first, last or middle), unless a word of
 * the name is also on the allow list. "psw" is from dockerfile 1.29.0 (Jenkins `*_PSW` variables).
 */
const BUILDKIT_DENY = new Set([
  "apikey",
  "auth",
  "credential",
  "credentials",
  "key",
  "password",
  "pword",
  "passwd",
  "psw",
  "secret",
  "token",
]);
const BUILDKIT_ALLOW = new Set(["public", "file", "version"]);
/** Every BUILDKIT_DENY word is one of these or contains one: a name without any is not denied. */
const BUILDKIT_DENY_SUBSTRINGS = /auth|credential|key|password|pword|passwd|psw|secret|token/;

export function buildkitSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  // most names hold no denied word: one native scan before splitting into words
  if (!BUILDKIT_DENY_SUBSTRINGS.test(lower)) return false;
  // one loop rather than two .some() with arrows: it runs for every ARG and ENV name
  let denied = false;
  for (const w of lower.split("_")) {
    if (BUILDKIT_ALLOW.has(w)) return false;
    if (BUILDKIT_DENY.has(w)) denied = true;
  }
  return denied;
}

/** hadolint DL3064: a known secret variable name (upper-cased), or a suspicious substring (lower-cased). */
const HADOLINT_NAMES = new Set([
  "ACCESS_TOKEN",
  "APPLICATION_KEY",
  "APP_SECRET",
  "AUTH_TOKEN",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "BITTREX_API_KEY",
  "BITTREX_API_SECRET",
  "CF_PASSWORD",
  "CF_USERNAME",
  "CIRCLE_TOKEN",
  "CI_DEPLOY_PASSWORD",
  "CI_DEPLOY_USER",
  "DOCKERHUB_PASSWORD",
  "DOCKER_EMAIL",
  "DOCKER_PASSWORD",
  "DOCKER_USERNAME",
  "FACEBOOK_ACCESS_TOKEN",
  "FACEBOOK_APP_ID",
  "FACEBOOK_APP_SECRET",
  "FIREBASE_API_TOKEN",
  "FIREBASE_TOKEN",
  "FOSSA_API_KEY",
  "GH_ENTERPRISE_TOKEN",
  "GH_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "GITHUB_TOKEN",
  "HEROKU_API_KEY",
  "HEROKU_API_USER",
  "NPM_AUTH_TOKEN",
  "NPM_TOKEN",
  "OKTA_AUTHN_GROUPID",
  "OKTA_CLIENT_ORGURL",
  "OKTA_CLIENT_TOKEN",
  "OKTA_OAUTH2_CLIENTID",
  "OKTA_OAUTH2_CLIENTSECRET",
  "OPENAI_API_KEY",
  "OS_PASSWORD",
  "OS_USERNAME",
  "POSTGRES_PASSWORD",
  "SLACK_TOKEN",
  "STRIPE_API_KEY",
  "STRIPE_DEVICE_NAME",
  "TRAVIS_OS_NAME",
  "TRAVIS_SECURE_ENV_VARS",
  "TRAVIS_SUDO",
  "VAULT_CLIENT_KEY",
  "VAULT_TOKEN",
]);
const HADOLINT_SUBSTRINGS = /api_key|client_key|password|private|secret|token|username/;

export function hadolintSecretName(name: string): boolean {
  return HADOLINT_NAMES.has(name.toUpperCase()) || HADOLINT_SUBSTRINGS.test(name.toLowerCase());
}

type Match = "buildkit" | "hadolint" | "both";

const QUOTED = /^(["'])(.*)\1$/;

const rule = defineRule({
  meta: {
    name: "secret-in-arg-or-env",
    category: "security",
    severity: "warning",
    description:
      "An ARG or ENV name looks like a secret: its value stays in the image config or build history",
    sources: [
      { tool: "hadolint", id: "DL3064" },
      { tool: "buildkit", id: "SecretsUsedInArgOrEnv" },
      { tool: "trivy", id: "DS-0031" },
    ],
    messages: {
      secret:
        'Do not use ARG or ENV instructions for sensitive data ({{name}} "{{key}}"): use a secret mount (RUN --mount=type=secret) instead',
    },
    presets: ["recommended", "hadolint", "buildkit"],
  },
  create(ctx) {
    // `match`: "buildkit" (BuildKit's word rule), "hadolint" (DL3064's names and substrings) or "both" (default)
    const match: Match =
      ctx.options.match === "buildkit" || ctx.options.match === "hadolint" ? ctx.options.match : "both";
    const looksSecret = (name: string) =>
      (match !== "hadolint" && buildkitSecretName(name)) ||
      (match !== "buildkit" && hadolintSecretName(name));
    const check = (inst: Instruction, pairs: KeyValue[]) => {
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i]!;
        const written = pair.key.value;
        // only a quoted name has quotes to remove
        const key = written[0] === '"' || written[0] === "'" ? written.replace(QUOTED, "$2") : written;
        if (key && looksSecret(key)) {
          ctx.report({ range: pair.key.range, messageId: "secret", data: { name: inst.name, key } });
        }
      }
    };
    return {
      ARG(inst, info) {
        // BuildKit checks an ARG when it dispatches it in a stage: a global one is not (its value
        // reaches no image; a stage that redeclares it is checked there)
        if (match === "buildkit" && info.stage < 0) return;
        if (inst.args.type === "arg") check(inst, inst.args.args);
      },
      ENV(inst) {
        if (inst.args.type === "keyValue") check(inst, inst.args.pairs);
      },
    };
  },
});

/** Under `--preset buildkit` the rule flags what BuildKit flags (`ARG public_token` is not). */
const withPresetOptions: Rule & PresetOptions = {
  ...rule,
  presetOptions: { buildkit: { match: "buildkit" } },
};

export default withPresetOptions;
