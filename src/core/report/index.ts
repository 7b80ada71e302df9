/** Report formatters: pure functions from plain findings to text. */
import { checkstyle } from "./checkstyle.js";
import { compact } from "./compact.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const formatters = {
  stylish,
  json,
  sarif,
  checkstyle,
  junit,
  gitlab,
  github,
  compact,
} satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
