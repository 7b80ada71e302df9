/** Batch A1: stages, images, users, COPY/ADD/WORKDIR (hadolint DL3000-DL3067 and their aliases). */
import type { Rule } from "../lint/rule.js";
import addInsteadOfCopy from "./add-instead-of-copy/add-instead-of-copy.js";
import copyDestMissingSlash from "./copy-dest-missing-slash/copy-dest-missing-slash.js";
import copyFromOwnStage from "./copy-from-own-stage/copy-from-own-stage.js";
import copyFromRootFilesystem from "./copy-from-root-filesystem/copy-from-root-filesystem.js";
import copyFromUnknownStage from "./copy-from-unknown-stage/copy-from-unknown-stage.js";
import copyRelativeDestWithoutWorkdir from "./copy-relative-dest-without-workdir/copy-relative-dest-without-workdir.js";
import fromPlatformFlag from "./from-platform-flag/from-platform-flag.js";
import fromPlatformRedundant from "./from-platform-redundant/from-platform-redundant.js";
import imageRegistryUntrusted from "./image-registry-untrusted/image-registry-untrusted.js";
import imageTagLatest from "./image-tag-latest/image-tag-latest.js";
import imageUntagged from "./image-untagged/image-untagged.js";
import instructionBeforeFrom from "./instruction-before-from/instruction-before-from.js";
import lastUserRoot from "./last-user-root/last-user-root.js";
import stageNameDuplicate from "./stage-name-duplicate/stage-name-duplicate.js";
import stageNameReserved from "./stage-name-reserved/stage-name-reserved.js";
import userNotNumeric from "./user-not-numeric/user-not-numeric.js";
import workdirNotAbsolute from "./workdir-not-absolute/workdir-not-absolute.js";

export const batchA1: readonly Rule[] = [
  addInsteadOfCopy,
  copyDestMissingSlash,
  copyFromOwnStage,
  copyFromRootFilesystem,
  copyFromUnknownStage,
  copyRelativeDestWithoutWorkdir,
  fromPlatformFlag,
  fromPlatformRedundant,
  imageRegistryUntrusted,
  imageTagLatest,
  imageUntagged,
  instructionBeforeFrom,
  lastUserRoot,
  stageNameDuplicate,
  stageNameReserved,
  userNotNumeric,
  workdirNotAbsolute,
];
