/**
 * Configuration sources for `shipshape lint`, merged with the precedence flags > environment >
 * file (lists are concatenated across sources, as hadolint does):
 *   - `.shipshape.yaml` / `.shipshape.yml`, found by walking up from each linted file's folder;
 *   - else `.hadolint.yaml` / `.hadolint.yml` the same way, then in $XDG_CONFIG_HOME and $HOME
 *     (hadolint's own places), read with all of hadolint's keys;
 *   - `-c FILE` replaces the search.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { LintConfig, RuleSetting } from "../core/lint/config.js";
import type { PresetName } from "../core/lint/rule.js";
import type { Severity } from "../core/report/types.js";
import { DirNames, UsageError } from "./files.js";

/** The YAML library is loaded on first use: most runs have no config file to read. */
let yaml: typeof import("yaml") | undefined;
function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yaml.parse(text);
}

export interface FileConfig extends LintConfig {
  /** output settings a config file may carry (hadolint's `format`, `formats`, `no-color`) */
  formats?: string[];
  noColor?: boolean;
  /** hadolint's `verbose`: say on stderr which config file is used and what the configuration is */
  verbose?: boolean;
  /** where it came from */
  path?: string;
}

const SEVERITY_VALUES = new Set(["error", "warning", "info", "style"]);
const THRESHOLDS = new Set(["error", "warning", "info", "style", "ignore", "none"]);
const PRESETS = new Set(["recommended", "strict", "all", "hadolint", "buildkit"]);
/** hadolint's label types (an empty type is text). */
export const LABEL_TYPES = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"] as const;

/** A label schema type as hadolint reads it (any case here), lower-cased; undefined when invalid. */
export function labelType(value: string): string | undefined {
  const t = value.trim().toLowerCase();
  if (t === "") return "text";
  return (LABEL_TYPES as readonly string[]).includes(t) ? t : undefined;
}

/**
 * One `label:type` item of `--require-label` / `HADOLINT_REQUIRE_LABELS` (the type after the first
 * colon; none = text); undefined when the type is not one of hadolint's.
 */
export function parseRequiredLabel(item: string): [string, string] | undefined {
  const colon = item.indexOf(":");
  const name = colon === -1 ? item : item.slice(0, colon);
  const type = labelType(colon === -1 ? "" : item.slice(colon + 1));
  return type === undefined ? undefined : [name, type];
}

function fail(file: string, message: string): never {
  throw new UsageError(`${file}: ${message}`);
}

function stringList(file: string, key: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  fail(file, `"${key}" must be a string or a list of strings`);
}

function bool(file: string, key: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  fail(file, `"${key}" must be true or false`);
}

function threshold(file: string, value: unknown): Severity | "none" | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || !THRESHOLDS.has(value)) {
    fail(file, `"failure-threshold" must be one of ${[...THRESHOLDS].join(", ")}`);
  }
  return value === "ignore" ? "none" : (value as Severity | "none");
}

/** Accepts kebab-case and camelCase keys. */
function get(obj: Record<string, unknown>, key: string): unknown {
  if (key in obj) return obj[key];
  const camel = key.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
  return obj[camel];
}

const SHIPSHAPE_KEYS = new Set([
  "preset",
  "rules",
  "ignored",
  "override",
  "trusted-registries",
  "trustedRegistries",
  "label-schema",
  "labelSchema",
  "strict-labels",
  "strictLabels",
  "failure-threshold",
  "failureThreshold",
  "no-fail",
  "noFail",
  "disable-ignore-pragma",
  "disableIgnorePragma",
  "report-unused-suppressions",
  "reportUnusedSuppressions",
  "format",
  "formats",
  "no-color",
  "noColor",
  "verbose",
  "$schema",
]);
const HADOLINT_KEYS = new Set([
  "ignored",
  "override",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "failure-threshold",
  "no-fail",
  "no-color",
  "format",
  "formats",
  "verbose",
  "disable-ignore-pragma",
]);

/** Reads and validates one config file (ours or hadolint's, by name). */
export function readConfigFile(file: string): FileConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(file, `cannot read config file (${(error as Error).message})`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    fail(file, `invalid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (data === null || data === undefined) return { path: file };
  if (typeof data !== "object" || Array.isArray(data)) fail(file, "the configuration must be a mapping");
  const obj = data as Record<string, unknown>;
  const isHadolint =
    path.basename(file).startsWith(".hadolint") || path.basename(file).startsWith("hadolint");
  const known = isHadolint ? HADOLINT_KEYS : SHIPSHAPE_KEYS;
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) fail(file, `unknown key "${key}"`);
  }
  const config: FileConfig = { path: file };
  const preset = get(obj, "preset");
  if (preset !== undefined) {
    if (typeof preset !== "string" || !PRESETS.has(preset))
      fail(file, `"preset" must be one of ${[...PRESETS].join(", ")}`);
    config.preset = preset as PresetName;
  }
  const rules = get(obj, "rules");
  if (rules !== undefined) {
    if (typeof rules !== "object" || rules === null || Array.isArray(rules))
      fail(file, `"rules" must be a mapping`);
    config.rules = {};
    for (const [name, setting] of Object.entries(rules))
      config.rules[name] = ruleSetting(file, name, setting);
  }
  config.ignored = stringList(file, "ignored", get(obj, "ignored"));
  const override = get(obj, "override");
  if (override !== undefined && override !== null) {
    if (typeof override !== "object" || Array.isArray(override)) fail(file, `"override" must be a mapping`);
    config.override = {};
    for (const [level, list] of Object.entries(override)) {
      if (!SEVERITY_VALUES.has(level))
        fail(file, `"override.${level}": expected error, warning, info or style`);
      config.override[level as Severity] = stringList(file, `override.${level}`, list);
    }
  }
  config.trustedRegistries = stringList(
    file,
    "trustedRegistries",
    get(obj, "trusted-registries") ?? obj.trustedRegistries,
  );
  const schema = get(obj, "label-schema");
  if (schema !== undefined && schema !== null) {
    if (typeof schema !== "object" || Array.isArray(schema)) fail(file, `"label-schema" must be a mapping`);
    config.labelSchema = Object.fromEntries(
      Object.entries(schema).map(([k, v]) => {
        const type = v === null ? "text" : typeof v === "string" ? labelType(v) : undefined;
        if (type === undefined) fail(file, `"label-schema.${k}": expected one of ${LABEL_TYPES.join(", ")}`);
        return [k, type];
      }),
    );
  }
  config.strictLabels = bool(file, "strict-labels", get(obj, "strict-labels"));
  config.failureThreshold = threshold(file, get(obj, "failure-threshold"));
  config.noFail = bool(file, "no-fail", get(obj, "no-fail"));
  config.disableIgnorePragma = bool(file, "disable-ignore-pragma", get(obj, "disable-ignore-pragma"));
  config.reportUnusedSuppressions = bool(
    file,
    "report-unused-suppressions",
    get(obj, "report-unused-suppressions"),
  );
  config.noColor = bool(file, "no-color", get(obj, "no-color"));
  config.verbose = bool(file, "verbose", get(obj, "verbose"));
  config.formats = [
    ...stringList(file, "format", get(obj, "format")),
    ...stringList(file, "formats", get(obj, "formats")),
  ];
  return config;
}

function ruleSetting(file: string, name: string, setting: unknown): RuleSetting {
  if (typeof setting === "string") {
    if (setting === "off" || SEVERITY_VALUES.has(setting)) return setting as RuleSetting;
    fail(file, `rules.${name}: expected off, error, warning, info or style`);
  }
  if (typeof setting === "object" && setting !== null && !Array.isArray(setting)) {
    const s = setting as Record<string, unknown>;
    const severity = s.severity;
    if (
      severity !== undefined &&
      (typeof severity !== "string" || !(severity === "off" || SEVERITY_VALUES.has(severity)))
    ) {
      fail(file, `rules.${name}.severity: expected off, error, warning, info or style`);
    }
    const options = s.options;
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      fail(file, `rules.${name}.options must be a mapping`);
    }
    return {
      severity: severity as Severity | "off" | undefined,
      options: options as Record<string, unknown> | undefined,
    };
  }
  fail(file, `rules.${name}: expected a severity, "off", or { severity, options }`);
}

const SHIPSHAPE_NAMES = [".shipshape.yaml", ".shipshape.yml"];
const HADOLINT_NAMES = [".hadolint.yaml", ".hadolint.yml"];

/**
 * Config discovery for one run, cached per folder: each folder on the way up is looked at once
 * (one readdir, shared with the file search), however many Dockerfiles it holds or sits above.
 */
export class ConfigLocator {
  private readonly shipshape = new Map<string, string | null>();
  private readonly hadolint = new Map<string, string | null>();
  private readonly found = new Map<string, string | null>();
  private home: string | null | undefined;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly dirNames: DirNames = new DirNames(),
  ) {}

  /** The nearest config file for a linted file: `.shipshape.y(a)ml`, else `.hadolint.y(a)ml`, walking up. */
  find(fromDir: string): string | null {
    // keyed by the folder as given: most files share it, and path.resolve per file showed in profiles
    let found = this.found.get(fromDir);
    if (found === undefined) {
      const dir = path.resolve(fromDir);
      found =
        this.nearest(dir, SHIPSHAPE_NAMES, this.shipshape) ??
        this.nearest(dir, HADOLINT_NAMES, this.hadolint) ??
        this.homeConfig();
      this.found.set(fromDir, found);
    }
    return found;
  }

  private nearest(dir: string, names: string[], cache: Map<string, string | null>): string | null {
    let found = cache.get(dir);
    if (found !== undefined) return found;
    found = null;
    for (const name of names) {
      // the listing says the name is there; existsSync also follows a symbolic link, as before
      if (this.dirNames.has(dir, name) && existsSync(path.join(dir, name))) {
        found = path.join(dir, name);
        break;
      }
    }
    const parent = path.dirname(dir);
    if (found === null && parent !== dir) found = this.nearest(parent, names, cache);
    cache.set(dir, found);
    return found;
  }

  private homeConfig(): string | null {
    if (this.home !== undefined) return this.home;
    const env = this.env;
    const xdg = env.XDG_CONFIG_HOME ?? (env.HOME ? path.join(env.HOME, ".config") : undefined);
    const candidates = [
      ...(xdg ? [path.join(xdg, "hadolint.yaml"), path.join(xdg, "hadolint.yml")] : []),
      ...(env.HOME ? [path.join(env.HOME, ".hadolint.yaml"), path.join(env.HOME, ".hadolint.yml")] : []),
    ];
    this.home = candidates.find((c) => existsSync(c)) ?? null;
    return this.home;
  }
}

const TRUTHY = /^(1|y|yes|on|true)$/i;

/** hadolint's environment variables (and SHIPSHAPE_* equivalents). */
export function configFromEnv(env: NodeJS.ProcessEnv): FileConfig {
  const list = (v: string | undefined) =>
    v
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const pick = (name: string) => env[`SHIPSHAPE_${name}`] ?? env[`HADOLINT_${name}`];
  const config: FileConfig = {
    ignored: list(pick("IGNORE")),
    trustedRegistries: list(pick("TRUSTED_REGISTRIES")),
    override: {
      error: list(pick("OVERRIDE_ERROR")),
      warning: list(pick("OVERRIDE_WARNING")),
      info: list(pick("OVERRIDE_INFO")),
      style: list(pick("OVERRIDE_STYLE")),
    },
    formats: list(pick("FORMAT")),
  };
  const noFail = pick("NOFAIL");
  if (noFail !== undefined) config.noFail = TRUTHY.test(noFail);
  const strict = pick("STRICT_LABELS");
  if (strict !== undefined) config.strictLabels = TRUTHY.test(strict);
  const disable = pick("DISABLE_IGNORE_PRAGMA");
  if (disable !== undefined) config.disableIgnorePragma = TRUTHY.test(disable);
  const t = pick("FAILURE_THRESHOLD");
  if (t) config.failureThreshold = threshold("environment", t);
  const verbose = pick("VERBOSE");
  if (verbose !== undefined) config.verbose = TRUTHY.test(verbose);
  // as hadolint, an item whose type is not a label type is left out
  const labels = list(pick("REQUIRE_LABELS"))
    .map(parseRequiredLabel)
    .filter((l) => l !== undefined);
  if (labels.length) config.labelSchema = Object.fromEntries(labels);
  const preset = env.SHIPSHAPE_PRESET;
  if (preset) {
    if (!PRESETS.has(preset))
      throw new UsageError(`SHIPSHAPE_PRESET: must be one of ${[...PRESETS].join(", ")}`);
    config.preset = preset as PresetName;
  }
  // no-color.org: set and not empty (hadolint also counts NO_COLOR="" as set)
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") config.noColor = true;
  return config;
}

/** Merges sources, lowest precedence first: scalars from later sources win, lists concatenate. */
export function mergeConfigs(...sources: FileConfig[]): FileConfig {
  const out: FileConfig = {};
  for (const s of sources) {
    for (const [key, value] of Object.entries(s) as [keyof FileConfig, unknown][]) {
      if (value === undefined || key === "path") continue;
      if (Array.isArray(value))
        (out as Record<string, unknown>)[key] = [...((out[key] as unknown[]) ?? []), ...value];
      else if (key === "override") {
        // a later source re-levelling a rule takes it out of the levels given earlier
        const o = (out.override ??= {});
        const later = Object.entries(value as Record<string, string[]>);
        const moved = new Set(later.flatMap(([, list]) => list.map((id) => id.toLowerCase())));
        for (const level of Object.keys(o) as Severity[])
          o[level] = o[level]!.filter((id) => !moved.has(id.toLowerCase()));
        for (const [level, list] of later) o[level as Severity] = [...(o[level as Severity] ?? []), ...list];
      } else if (key === "rules" || key === "labelSchema") {
        (out as Record<string, unknown>)[key] = { ...(out[key] as object), ...(value as object) };
      } else (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}
