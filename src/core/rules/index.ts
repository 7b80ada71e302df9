/** The rule registry: every rule, explicitly listed (no file-system discovery, so it bundles and runs in a browser). */
import type { Rule } from "../lint/rule.js";
import { batchA1 } from "./batch-a1.js";
import { batchA2 } from "./batch-a2.js";
import { batchB1 } from "./batch-b1.js";
import { batchB2 } from "./batch-b2.js";
import { batchC } from "./batch-c.js";
import { batchD1 } from "./batch-d1.js";
import cacheCleanedInLaterLayer from "./cache-cleaned-in-later-layer/cache-cleaned-in-later-layer.js";
import cargoCacheNotMounted from "./cargo-cache-not-mounted/cargo-cache-not-mounted.js";
import composerCacheNotMounted from "./composer-cache-not-mounted/composer-cache-not-mounted.js";
import copyArchiveThenExtract from "./copy-archive-then-extract/copy-archive-then-extract.js";
import copySourceBeforeDependencies from "./copy-source-before-dependencies/copy-source-before-dependencies.js";
import copyWholeContext from "./copy-whole-context/copy-whole-context.js";
import gemCacheNotMounted from "./gem-cache-not-mounted/gem-cache-not-mounted.js";
import gemUnpinnedVersion from "./gem-unpinned-version/gem-unpinned-version.js";
import goCacheNotMounted from "./go-cache-not-mounted/go-cache-not-mounted.js";
import goInstallUnpinnedVersion from "./go-install-unpinned-version/go-install-unpinned-version.js";
import gradleCacheNotMounted from "./gradle-cache-not-mounted/gradle-cache-not-mounted.js";
import maintainerDeprecated from "./maintainer-deprecated/maintainer-deprecated.js";
import mavenCacheNotMounted from "./maven-cache-not-mounted/maven-cache-not-mounted.js";
import mixCacheNotMounted from "./mix-cache-not-mounted/mix-cache-not-mounted.js";
import npmCacheNotMounted from "./npm-cache-not-mounted/npm-cache-not-mounted.js";
import npmUnpinnedVersion from "./npm-unpinned-version/npm-unpinned-version.js";
import nugetCacheNotMounted from "./nuget-cache-not-mounted/nuget-cache-not-mounted.js";
import pipUnpinnedVersion from "./pip-unpinned-version/pip-unpinned-version.js";
import pnpmCacheNotMounted from "./pnpm-cache-not-mounted/pnpm-cache-not-mounted.js";
import secretInRunCommand from "./secret-in-run-command/secret-in-run-command.js";
import shellcheck from "./shellcheck/shellcheck.js";
import toolchainInFinalImage from "./toolchain-in-final-image/toolchain-in-final-image.js";

export const rules: readonly Rule[] = [
  maintainerDeprecated,
  shellcheck,
  copySourceBeforeDependencies,
  toolchainInFinalImage,
  cacheCleanedInLaterLayer,
  copyArchiveThenExtract,
  pipUnpinnedVersion,
  npmUnpinnedVersion,
  gemUnpinnedVersion,
  goInstallUnpinnedVersion,
  ...batchA1,
  ...batchA2,
  ...batchB1,
  ...batchB2,
  ...batchC,
  ...batchD1,
  npmCacheNotMounted,
  cargoCacheNotMounted,
  goCacheNotMounted,
  mavenCacheNotMounted,
  gradleCacheNotMounted,
  composerCacheNotMounted,
  nugetCacheNotMounted,
  pnpmCacheNotMounted,
  mixCacheNotMounted,
  gemCacheNotMounted,
  copyWholeContext,
  secretInRunCommand,
];
