/**
 * JUnit XML for CI test reports: one `<testsuite>` per file, one `<testcase>` per finding with a
 * `<failure>`; a clean file has one passing test case named "shipshape". A file that could not
 * be read or parsed has one test case "fatal" with an `<error>` (counted in `errors`).
 */
import type { Formatter } from "./types.js";
import { prepare, ruleLabel, xmlAttr, xmlText } from "./util.js";

export const junit: Formatter = (results, options) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const { path, result, findings } of prepare(results, options)) {
    const file = xmlAttr(path);
    const cases: string[] = [];
    const fatal = result.error !== undefined ? 1 : 0;
    if (result.error !== undefined) {
      cases.push(
        `    <testcase name="fatal" classname="${file}">\n` +
          `      <error type="fatal" message="${xmlAttr(result.error)}">${xmlText(`${path}: ${result.error}`)}</error>\n` +
          "    </testcase>",
      );
    }
    for (const f of findings) {
      const where = `${f.line}:${f.column}`;
      const detail = `${path}:${where} ${f.severity} ${ruleLabel(f)}: ${f.message}`;
      cases.push(
        `    <testcase name="${xmlAttr(`${where} ${f.rule}`)}" classname="${file}">\n` +
          `      <failure type="${f.severity}" message="${xmlAttr(f.message)}">${xmlText(detail)}</failure>\n` +
          "    </testcase>",
      );
    }
    if (cases.length === 0) cases.push(`    <testcase name="shipshape" classname="${file}"/>`);
    tests += cases.length;
    failures += findings.length;
    errors += fatal;
    suites.push(
      `  <testsuite name="${file}" tests="${cases.length}" failures="${findings.length}" errors="${fatal}">\n` +
        `${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="shipshape" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    suites.map((s) => `${s}\n`).join("") +
    "</testsuites>\n"
  );
};
