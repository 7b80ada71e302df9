/** Report formatters: pure functions from plain findings to text (no I/O, no Node built-ins). */
import { checkstyle } from "./checkstyle.js";
import { codacy } from "./codacy.js";
import { compact } from "./compact.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { gnu } from "./gnu.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { sonarqube } from "./sonarqube.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export type { FileResult, Finding, FormatOptions, Formatter, RuleInfo, Severity } from "./types.js";

/** Every format, the default first. */
export const formatNames = [
  "stylish",
  "json",
  "sarif",
  "checkstyle",
  "junit",
  "gitlab",
  "github",
  "compact",
  "gnu",
  "sonarqube",
  "codacy",
] as const;

export type FormatName = (typeof formatNames)[number];

export const formatters: Record<FormatName, Formatter> = {
  stylish,
  json,
  sarif,
  checkstyle,
  junit,
  gitlab,
  github,
  compact,
  gnu,
  sonarqube,
  codacy,
};
