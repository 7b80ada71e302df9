/** Batch B2: hadolint shell rules, TLS and other security checks on RUN/ENV/EXPOSE. */
import type { Rule } from "../lint/rule.js";
import cdInsteadOfWorkdir from "./cd-instead-of-workdir/cd-instead-of-workdir.js";
import consecutiveRunInstructions from "./consecutive-run-instructions/consecutive-run-instructions.js";
import downloadPipedToShell from "./download-piped-to-shell/download-piped-to-shell.js";
import passwordSetWithChpasswd from "./password-set-with-chpasswd/password-set-with-chpasswd.js";
import pipCacheNotDisabled from "./pip-cache-not-disabled/pip-cache-not-disabled.js";
import pipeWithoutPipefail from "./pipe-without-pipefail/pipe-without-pipefail.js";
import pointlessCommandInRun from "./pointless-command-in-run/pointless-command-in-run.js";
import shellReplacedBySymlink from "./shell-replaced-by-symlink/shell-replaced-by-symlink.js";
import sshPortExposed from "./ssh-port-exposed/ssh-port-exposed.js";
import sudoInRun from "./sudo-in-run/sudo-in-run.js";
import tlsVerificationDisabled from "./tls-verification-disabled/tls-verification-disabled.js";
import useraddHighUidWithoutNoLogInit from "./useradd-high-uid-without-no-log-init/useradd-high-uid-without-no-log-init.js";
import wgetAndCurlMixed from "./wget-and-curl-mixed/wget-and-curl-mixed.js";
import wgetWithoutProgress from "./wget-without-progress/wget-without-progress.js";
import worldWritablePermissions from "./world-writable-permissions/world-writable-permissions.js";
import yarnCacheNotCleaned from "./yarn-cache-not-cleaned/yarn-cache-not-cleaned.js";

export const batchB2: readonly Rule[] = [
  cdInsteadOfWorkdir,
  consecutiveRunInstructions,
  downloadPipedToShell,
  passwordSetWithChpasswd,
  pipCacheNotDisabled,
  pipeWithoutPipefail,
  pointlessCommandInRun,
  shellReplacedBySymlink,
  sshPortExposed,
  sudoInRun,
  tlsVerificationDisabled,
  useraddHighUidWithoutNoLogInit,
  wgetAndCurlMixed,
  wgetWithoutProgress,
  worldWritablePermissions,
  yarnCacheNotCleaned,
];
