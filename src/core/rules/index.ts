/** The rule registry: every rule, explicitly listed (no file-system discovery, so it bundles and runs in a browser). */
import type { Rule } from "../lint/rule.js";
import { batchA2 } from "./batch-a2.js";
import maintainerDeprecated from "./maintainer-deprecated/maintainer-deprecated.js";
import shellcheck from "./shellcheck/shellcheck.js";

export const rules: readonly Rule[] = [maintainerDeprecated, shellcheck, ...batchA2];
