/** Batch D1: shipshape's own stage-aware rules (user, downloads, build context, BuildKit syntax, secrets, platforms). */
import type { Rule } from "../lint/rule.js";
import addUrlWithoutChecksum from "./add-url-without-checksum/add-url-without-checksum.js";
import aptGetDistUpgrade from "./apt-get-dist-upgrade/apt-get-dist-upgrade.js";
import buildkitSyntaxWithoutDirective from "./buildkit-syntax-without-directive/buildkit-syntax-without-directive.js";
import copyContextWithoutDockerignore from "./copy-context-without-dockerignore/copy-context-without-dockerignore.js";
import crossCompilePlatform from "./cross-compile-platform/cross-compile-platform.js";
import finalStageRunsAsRoot from "./final-stage-runs-as-root/final-stage-runs-as-root.js";
import secretFileCopied from "./secret-file-copied/secret-file-copied.js";
import workdirInSystemDir from "./workdir-in-system-dir/workdir-in-system-dir.js";

export const batchD1: readonly Rule[] = [
  addUrlWithoutChecksum,
  buildkitSyntaxWithoutDirective,
  copyContextWithoutDockerignore,
  crossCompilePlatform,
  finalStageRunsAsRoot,
  secretFileCopied,
  aptGetDistUpgrade,
  workdirInSystemDir,
];
