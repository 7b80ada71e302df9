/** Batch C: Docker Build Checks (BuildKit semantics) and syntax errors. */
import type { Rule } from "../lint/rule.js";
import copyIgnoredFile from "./copy-ignored-file/copy-ignored-file.js";
import emptyContinuationLine from "./empty-continuation-line/empty-continuation-line.js";
import exposeInvalidFormat from "./expose-invalid-format/expose-invalid-format.js";
import exposeProtocolCasing from "./expose-protocol-casing/expose-protocol-casing.js";
import fromAsCasing from "./from-as-casing/from-as-casing.js";
import fromPlatformConstant from "./from-platform-constant/from-platform-constant.js";
import instructionCasing from "./instruction-casing/instruction-casing.js";
import invalidBaseImagePlatform from "./invalid-base-image-platform/invalid-base-image-platform.js";
import invalidDefaultArgInFrom from "./invalid-default-arg-in-from/invalid-default-arg-in-from.js";
import invalidDefinitionDescription from "./invalid-definition-description/invalid-definition-description.js";
import legacyKeyValueFormat from "./legacy-key-value-format/legacy-key-value-format.js";
import stageNameCasing from "./stage-name-casing/stage-name-casing.js";
import syntaxError from "./syntax-error/syntax-error.js";
import undefinedArgInFrom from "./undefined-arg-in-from/undefined-arg-in-from.js";
import undefinedVar from "./undefined-var/undefined-var.js";
import workdirRelativePath from "./workdir-relative-path/workdir-relative-path.js";

export const batchC: readonly Rule[] = [
  syntaxError,
  stageNameCasing,
  fromAsCasing,
  emptyContinuationLine,
  instructionCasing,
  undefinedArgInFrom,
  workdirRelativePath,
  undefinedVar,
  legacyKeyValueFormat,
  invalidBaseImagePlatform,
  invalidDefaultArgInFrom,
  fromPlatformConstant,
  copyIgnoredFile,
  invalidDefinitionDescription,
  exposeProtocolCasing,
  exposeInvalidFormat,
];
