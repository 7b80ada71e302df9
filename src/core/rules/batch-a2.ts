/** Batch A2: CMD/ENTRYPOINT/HEALTHCHECK, EXPOSE, ENV/ARG, labels, ONBUILD, pragmas. */
import type { Rule } from "../lint/rule.js";
import envSameStatementReference from "./env-same-statement-reference/env-same-statement-reference.js";
import exposePortOutOfRange from "./expose-port-out-of-range/expose-port-out-of-range.js";
import healthcheckMissing from "./healthcheck-missing/healthcheck-missing.js";
import inlineIgnorePragma from "./inline-ignore-pragma/inline-ignore-pragma.js";
import labelEmpty from "./label-empty/label-empty.js";
import labelInvalidEmail from "./label-invalid-email/label-invalid-email.js";
import labelInvalidGitHash from "./label-invalid-git-hash/label-invalid-git-hash.js";
import labelInvalidRfc3339 from "./label-invalid-rfc3339/label-invalid-rfc3339.js";
import labelInvalidSemver from "./label-invalid-semver/label-invalid-semver.js";
import labelInvalidSpdx from "./label-invalid-spdx/label-invalid-spdx.js";
import labelInvalidUrl from "./label-invalid-url/label-invalid-url.js";
import labelKeyInvalid from "./label-key-invalid/label-key-invalid.js";
import labelMissing from "./label-missing/label-missing.js";
import labelSuperfluous from "./label-superfluous/label-superfluous.js";
import multipleCmdEntrypointHealthcheck from "./multiple-cmd-entrypoint-healthcheck/multiple-cmd-entrypoint-healthcheck.js";
import onbuildForbiddenInstruction from "./onbuild-forbidden-instruction/onbuild-forbidden-instruction.js";
import secretInArgOrEnv from "./secret-in-arg-or-env/secret-in-arg-or-env.js";
import shellFormCmdEntrypoint from "./shell-form-cmd-entrypoint/shell-form-cmd-entrypoint.js";

export const batchA2: readonly Rule[] = [
  envSameStatementReference,
  exposePortOutOfRange,
  healthcheckMissing,
  inlineIgnorePragma,
  labelEmpty,
  labelInvalidEmail,
  labelInvalidGitHash,
  labelInvalidRfc3339,
  labelInvalidSemver,
  labelInvalidSpdx,
  labelInvalidUrl,
  labelKeyInvalid,
  labelMissing,
  labelSuperfluous,
  multipleCmdEntrypointHealthcheck,
  onbuildForbiddenInstruction,
  secretInArgOrEnv,
  shellFormCmdEntrypoint,
];
