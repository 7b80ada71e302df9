/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: one run, the tool's rules with help
 * URIs and default levels, results with exact regions (1-based, end column exclusive), paths
 * relative to %SRCROOT%. Unreadable files become tool execution notifications.
 */
import type { Formatter, RuleInfo, Severity } from "./types.js";
import { displayPath, sortedFindings } from "./util.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
  style: "note",
};

export const sarif: Formatter = (results, options) => {
  const used = new Map<string, number>();
  const rules: unknown[] = [];
  const ruleIndex = (name: string): number => {
    let i = used.get(name);
    if (i === undefined) {
      i = rules.length;
      used.set(name, i);
      const info: RuleInfo | undefined = options.rules.get(name);
      rules.push({
        id: name,
        name,
        shortDescription: { text: info?.description ?? name },
        helpUri: info?.helpUri,
        defaultConfiguration: { level: LEVEL[info?.severity ?? "warning"] },
        properties: { tags: [info?.category ?? "correctness", ...(info?.aliases ?? [])] },
      });
    }
    return i;
  };
  const out: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const uri = displayPath(result.file, options);
    if (result.error) {
      notifications.push({
        level: "error",
        message: { text: result.error },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" } } }],
      });
      continue;
    }
    for (const f of sortedFindings(result)) {
      out.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
              },
            },
          },
        ],
        properties: { aliases: f.aliases, category: f.category },
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "shipshape",
            version: options.toolVersion,
            informationUri: "https://github.com/shipshape/shipshape",
            rules,
          },
        },
        results: out,
        invocations: [
          { executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications },
        ],
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
