/**
 * SARIF 2.1.0, ready for GitHub code scanning: one run; `tool.driver.rules` holds a descriptor
 * for every rule that has results (id, PascalCase name, description, help URI and text, default
 * level, tags = category and aliases, and GitHub's `security-severity` for security rules);
 * results carry ruleId/ruleIndex, level (error → error, warning → warning, info and style →
 * note), the message and one region (1-based, end column exclusive, UTF-16 code units).
 * As in hadolint's SARIF, the run's `defaultSourceLanguage` is "dockerfile" and a ShellCheck
 * finding's region has `sourceLanguage` "sh" (the text it points at is a shell script).
 *
 * Paths inside the working directory are percent-encoded URIs relative to `%SRCROOT%` (declared
 * in `originalUriBaseIds` when `cwd` is known); other paths become absolute `file:` URIs.
 * A file that could not be read or parsed is an error-level tool execution notification.
 */
import type { Finding, Formatter, RuleInfo, Severity } from "./types.js";
import { prepare } from "./util.js";

export const SARIF_SCHEMA =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const INFORMATION_URI = "https://shipshape.dev";
const SRCROOT = "%SRCROOT%";
/** The rule that reports ShellCheck's findings (in the shell script of a RUN). */
const SHELLCHECK_RULE = "shellcheck";

type Level = "error" | "warning" | "note";
const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note", style: "note" };
/** GitHub maps 9.0+ to critical, 7.0+ high, 4.0+ medium, above 0 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  error: "8.0",
  warning: "5.5",
  info: "3.0",
  style: "1.0",
};

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; "security-severity"?: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: ArtifactLocation;
      region: {
        startLine: number;
        startColumn: number;
        endLine: number;
        endColumn: number;
        sourceLanguage?: string;
      };
    };
  }[];
  properties?: { aliases: string[] };
}

interface Notification {
  level: "error";
  message: { text: string };
  descriptor: { id: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation } }[];
}

export const sarif: Formatter = (results, options) => {
  const rules: ReportingDescriptor[] = [];
  const ruleAliases: string[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (f: Finding): number => {
    let i = ruleIndex.get(f.rule);
    if (i === undefined) {
      i = rules.length;
      ruleIndex.set(f.rule, i);
      const info = options.rules.get(f.rule);
      rules.push(descriptor(f, info));
      ruleAliases.push((info?.aliases ?? f.aliases).join("\0"));
    }
    return i;
  };

  const out: SarifResult[] = [];
  const notifications: Notification[] = [];
  for (const { path, result, findings } of prepare(results, options)) {
    const artifactLocation = artifact(path);
    if (result.error !== undefined) {
      notifications.push({
        level: "error",
        message: { text: result.error },
        descriptor: { id: "fatal" },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
    }
    for (const f of findings) {
      const index = indexOf(f);
      const entry: SarifResult = {
        ruleId: f.rule,
        ruleIndex: index,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                ...(f.rule === SHELLCHECK_RULE ? { sourceLanguage: "sh" } : {}),
              },
            },
          },
        ],
      };
      // e.g. a ShellCheck finding names its SC code, which the rule's descriptor cannot
      if (f.aliases.join("\0") !== ruleAliases[index]) {
        entry.properties = { aliases: f.aliases };
      }
      out.push(entry);
    }
  }

  const cwd = options.cwd?.replace(/\\/g, "/");
  const run = {
    tool: {
      driver: { name: "shipshape", version: options.toolVersion, informationUri: INFORMATION_URI, rules },
    },
    ...(cwd && isAbsolute(cwd)
      ? { originalUriBaseIds: { [SRCROOT]: { uri: fileUri(cwd.endsWith("/") ? cwd : `${cwd}/`) } } }
      : {}),
    invocations: [
      notifications.length > 0
        ? { executionSuccessful: true, toolExecutionNotifications: notifications }
        : { executionSuccessful: true },
    ],
    results: out,
    columnKind: "utf16CodeUnits",
    defaultSourceLanguage: "dockerfile",
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] }, null, 2)}\n`;
};

function descriptor(sample: Finding, info: RuleInfo | undefined): ReportingDescriptor {
  const description = info?.description ?? sample.rule;
  const category = info?.category ?? sample.category;
  const severity = info?.severity ?? sample.severity;
  const aliases = info?.aliases ?? sample.aliases;
  const d: ReportingDescriptor = {
    id: sample.rule,
    name: pascalCase(sample.rule),
    shortDescription: { text: description },
    ...(info?.helpUri
      ? {
          helpUri: info.helpUri,
          help: {
            text: `${description}\n\nDocumentation: ${info.helpUri}`,
            markdown: `${description}\n\n[Documentation](${info.helpUri})`,
          },
        }
      : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: [...new Set([category, ...aliases])] },
  };
  if (category === "security") d.properties["security-severity"] = SECURITY_SEVERITY[severity];
  return d;
}

/** "apt-pin-versions" → "AptPinVersions" (SARIF's readable rule name). */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

function isAbsolute(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:\//.test(path);
}

/** Each segment percent-encoded (a Windows drive letter kept). */
function encodePath(path: string): string {
  return path
    .split("/")
    .map((seg, i) => (i <= 1 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join("/");
}

/** An absolute path as a `file:` URI: "/a b" → "file:///a%20b", "C:/x" → "file:///C:/x". */
export function fileUri(path: string): string {
  if (path.startsWith("//")) return `file:${encodePath(path)}`; // UNC: //server/share
  return path.startsWith("/") ? `file://${encodePath(path)}` : `file:///${encodePath(path)}`;
}

/** Where a result's file is: relative to %SRCROOT%, or an absolute `file:` URI. */
export function artifact(path: string): ArtifactLocation {
  return isAbsolute(path) ? { uri: fileUri(path) } : { uri: encodePath(path), uriBaseId: SRCROOT };
}
