/**
 * Lint configuration: the user-facing shape (from `.shipshape.yaml`, `.hadolint.yaml`, environment
 * and flags, merged by the CLI) and its resolution against the rule registry.
 */
import type { Severity } from "../report/types.js";
import type { LintSettings, PresetName, Rule } from "./rule.js";

export type RuleSetting =
  | Severity
  | "off"
  | { severity?: Severity | "off"; options?: Record<string, unknown> };

export interface LintConfig {
  preset?: PresetName;
  /** per rule (name or alias): a severity, "off", or { severity, options } */
  rules?: Record<string, RuleSetting>;
  /** rules (names or aliases) to turn off: hadolint's `ignored` */
  ignored?: string[];
  /** hadolint's `override`: re-level rules */
  override?: Partial<Record<Severity, string[]>>;
  trustedRegistries?: string[];
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
  /** lowest severity that makes the exit code 1 (default: info, as hadolint) */
  failureThreshold?: Severity | "none";
  noFail?: boolean;
  disableIgnorePragma?: boolean;
  reportUnusedSuppressions?: boolean;
}

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  enabled: EnabledRule[];
  settings: LintSettings;
  failureThreshold: Severity | "none";
  noFail: boolean;
  disableIgnorePragma: boolean;
  reportUnusedSuppressions: boolean;
  /** unknown rule names met in the configuration (reported by the CLI) */
  unknownRules: string[];
  /**
   * Lower-cased names and aliases of every rule the configuration was resolved against (not only
   * the enabled ones): what a `# hadolint ignore=` list may name. Absent: any id is accepted.
   */
  ruleIds?: ReadonlySet<string>;
  /**
   * Lower-cased sub-code -> severity or off: ShellCheck's SCxxxx, and the codes a merged rule reports
   * (DL4003 of multiple-cmd-entrypoint-healthcheck; off only)
   */
  codes: Map<string, Severity | "off">;
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info", "style"];

/**
 * Optional on a merged rule whose sources rate its sub-codes differently (hadolint: DL4003 warning,
 * DL4004 error): per preset, sub-code -> severity. The rule reports each finding with its `code` and
 * takes the level from its `severities` option (sub-code -> severity), which resolveConfig fills:
 * the preset's levels that differ from the rule's, then the user's settings for a sub-code (which
 * re-level only that code and win over one for the whole rule). A user's severity for the whole rule
 * (its name or another alias) drops the preset's levels. Turning a sub-code off silences only its
 * findings (through `codes`); turning the rule's name or another alias off turns the rule off.
 */
export interface CodeSeverities {
  codeSeverities?: Partial<Record<PresetName, Record<string, Severity>>>;
}

/**
 * Optional on a rule that follows one source's behaviour under that source's preset (a merged rule
 * whose sources disagree on what to flag): per preset, default options; the user's options win.
 */
export interface PresetOptions {
  presetOptions?: Partial<Record<PresetName, Record<string, unknown>>>;
}

/** Lower-cased sub-code -> its spelling in the rule's table. */
function subCodes(rule: Rule & CodeSeverities): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of Object.values(rule.codeSeverities ?? {})) {
    for (const code of Object.keys(table ?? {})) out.set(code.toLowerCase(), code);
  }
  return out;
}

/** Lower-cased name or alias -> rule. */
export function ruleIndex(rules: readonly Rule[]): Map<string, Rule> {
  const index = new Map<string, Rule>();
  for (const rule of rules) {
    index.set(rule.meta.name.toLowerCase(), rule);
    for (const s of rule.meta.sources) index.set(s.id.toLowerCase(), rule);
  }
  return index;
}

export function presetIncludes(rule: Rule, preset: PresetName): boolean {
  if (preset === "all") return true;
  // an experimental check is in the presets it lists; the engine still runs it only when the
  // file asks (`# check=experimental=...`)
  if (rule.meta.experimental) return rule.meta.presets.includes(preset);
  if (preset === "strict") return true;
  return rule.meta.presets.includes(preset);
}

export function resolveConfig(config: LintConfig, rules: readonly Rule[]): ResolvedConfig {
  const index = ruleIndex(rules);
  const preset = config.preset ?? "recommended";
  interface State {
    on: boolean;
    severity: Severity;
    options: Record<string, unknown>;
    /** the user set a severity for the whole rule */
    leveled?: boolean;
    /** the user's severities for sub-codes */
    codeLevels?: Record<string, Severity>;
  }
  const state = new Map<Rule, State>();
  for (const rule of rules) {
    // BuildKit reports every check as a warning (level 1), whatever another source rates it
    const severity =
      preset === "buildkit" && rule.meta.sources.some((s) => s.tool === "buildkit")
        ? "warning"
        : rule.meta.severity;
    const options = { ...(rule as Rule & PresetOptions).presetOptions?.[preset] };
    state.set(rule, { on: presetIncludes(rule, preset), severity, options });
  }
  /** a severity for `id` on its rule: only its sub-code when `id` is one, else the whole rule */
  const setLevel = (id: string, s: State, severity: Severity) => {
    const code = subCodes(index.get(id.toLowerCase())!).get(id.toLowerCase());
    s.on = true;
    if (code) s.codeLevels = { ...s.codeLevels, [code]: severity };
    else Object.assign(s, { severity, leveled: true });
  };
  /** off: a sub-code (DL4003 of a merged rule) silences only its findings, anything else the rule */
  const turnOff = (id: string, s: State) => {
    const code = subCodes(index.get(id.toLowerCase())!).get(id.toLowerCase());
    if (code) codes.set(id.toLowerCase(), "off");
    else s.on = false;
  };
  const unknownRules: string[] = [];
  const codes = new Map<string, Severity | "off">();
  const isCode = (id: string) => /^SC\d+$/i.test(id);
  const find = (id: string) => {
    const rule = index.get(id.toLowerCase());
    if (!rule && !isCode(id)) unknownRules.push(id);
    return rule ? state.get(rule) : undefined;
  };
  for (const [id, severity] of Object.entries(config.override ?? {})) {
    for (const name of severity ?? []) {
      if (isCode(name)) codes.set(name.toLowerCase(), id as Severity);
      const s = find(name);
      if (s) setLevel(name, s, id as Severity);
    }
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (isCode(id)) {
      const level = typeof setting === "string" ? setting : setting.severity;
      if (level) codes.set(id.toLowerCase(), level);
    }
    const s = find(id);
    if (!s) continue;
    const level = typeof setting === "string" ? setting : setting.severity;
    if (level === "off") turnOff(id, s);
    else if (level) setLevel(id, s, level);
    else s.on = true;
    if (typeof setting === "object" && setting.options) s.options = { ...s.options, ...setting.options };
  }
  for (const id of config.ignored ?? []) {
    if (isCode(id)) codes.set(id.toLowerCase(), "off");
    const s = find(id);
    if (s) turnOff(id, s);
  }
  const enabled: EnabledRule[] = [];
  for (const [rule, s] of state) {
    if (!s.on) continue;
    const levels: Record<string, Severity> = {};
    const table = (rule as Rule & CodeSeverities).codeSeverities?.[preset];
    if (table && !s.leveled) {
      for (const [code, severity] of Object.entries(table))
        if (severity !== s.severity) levels[code] = severity;
    }
    Object.assign(levels, s.codeLevels);
    const options =
      Object.keys(levels).length > 0
        ? { ...s.options, severities: { ...levels, ...(s.options.severities as object | undefined) } }
        : s.options;
    enabled.push({ rule, severity: s.severity, options });
  }
  return {
    enabled,
    settings: {
      trustedRegistries: config.trustedRegistries ?? [],
      labelSchema: config.labelSchema ?? {},
      strictLabels: config.strictLabels ?? false,
    },
    failureThreshold: config.failureThreshold ?? "info",
    noFail: config.noFail ?? false,
    disableIgnorePragma: config.disableIgnorePragma ?? false,
    reportUnusedSuppressions: config.reportUnusedSuppressions ?? false,
    unknownRules: [...new Set(unknownRules)],
    ruleIds: new Set(index.keys()),
    codes,
  };
}

/** Whether a finding of `severity` fails the run at `threshold` (hadolint's order: error > warning > info > style). */
export function failsAt(severity: Severity, threshold: Severity | "none"): boolean {
  if (threshold === "none") return true;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
