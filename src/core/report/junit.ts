/** JUnit XML: a <testsuite> per file, a failing <testcase> per finding; a clean file has one passing case. */
import type { Formatter } from "./types.js";
import { displayPath, sortedFindings, xmlEscape } from "./util.js";

export const junit: Formatter = (results, options) => {
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  for (const result of results) {
    const file = xmlEscape(displayPath(result.file, options));
    const cases: string[] = [];
    if (result.error) {
      cases.push(
        `    <testcase name="read" classname="${file}"><error message="${xmlEscape(result.error)}"/></testcase>`,
      );
    }
    for (const f of sortedFindings(result)) {
      const where = `${f.line}:${f.column}`;
      cases.push(
        `    <testcase name="${xmlEscape(`${f.rule} ${where}`)}" classname="${file}"><failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(`${file}:${where} ${f.rule}${f.aliases.length ? ` (${f.aliases.join(", ")})` : ""}: ${f.message}`)}</failure></testcase>`,
      );
    }
    const failed = cases.length;
    if (failed === 0) cases.push(`    <testcase name="shipshape" classname="${file}"/>`);
    total += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${file}" tests="${cases.length}" failures="${failed}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="shipshape" tests="${total}" failures="${failures}">\n${suites.join("\n")}\n</testsuites>\n`;
};
