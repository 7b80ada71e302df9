/**
 * ShellCheck on RUN bodies, end to end through the CLI with the real `shellcheck` executable
 * (.ci/run installs Debian's package): exact positions inside the RUN, the exported ARG/ENV names,
 * the shell in use, suppressions, and the single note when the executable is missing.
 * The pass/fail cases follow hadolint's own ShellcheckSpec.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/shared.js";

const bin = path.join(repoRoot, "bin/shipshape.js");
const installed = spawnSync("shellcheck", ["--version"]).status === 0;

interface JsonFinding {
  rule: string;
  aliases: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function lint(dockerfile: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-sc-test-"));
  writeFileSync(path.join(dir, "Dockerfile"), dockerfile);
  const r = spawnSync(process.execPath, [bin, "lint", "--format", "json", "Dockerfile"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  const findings = JSON.parse(r.stdout) as JsonFinding[];
  return { code: r.status, stderr: r.stderr, findings };
}

/** "SC2086 3:10-3:14" for each ShellCheck finding */
const sc = (dockerfile: string) =>
  lint(dockerfile)
    .findings.filter((f) => f.rule === "shellcheck")
    .map((f) => `${f.aliases[0]} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

describe.skipIf(!installed)("ShellCheck on RUN scripts (shellcheck installed)", () => {
  it("maps findings to the exact line and columns inside a continued RUN and a heredoc", () => {
    const text = "FROM debian\nRUN apt-get update && \\\n    echo $foo\nRUN <<EOF\nset -e\necho $bar\nEOF\n";
    expect(sc(text)).toEqual(["SC2086 3:10-3:14", "SC2154 3:10-3:14", "SC2086 6:6-6:10", "SC2154 6:6-6:10"]);
  });

  // hadolint's ShellcheckSpec: "fails" means at least one ShellCheck finding
  const fails = (name: string, text: string) =>
    it(`reports: ${name}`, () => expect(sc(`FROM debian\n${text}`).length).toBeGreaterThan(0));
  const passes = (name: string, text: string) =>
    it(`passes: ${name}`, () => expect(sc(`FROM debian\n${text}`)).toEqual([]));

  fails("unquoted variable", "RUN echo $MISSING_QUOTES\n");
  fails("unquoted variable in an ONBUILD trigger", "ONBUILD RUN echo $MISSING_QUOTES\n");
  passes("a valid script", "RUN echo foo\nONBUILD RUN echo foo\n");
  passes(
    "the proxy variables Docker predefines",
    [
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "NO_PROXY",
      "no_proxy",
    ]
      .map((v) => `RUN echo "$${v}"\nONBUILD RUN echo "$${v}"\n`)
      .join(""),
  );
  fails("an undeclared variable", 'RUN echo "$RTTP_PROXY"\n');
  passes(
    "ARG and ENV names are declared",
    'ARG foo=bar\nARG another_foo\nENV bar=10 baz=20\nRUN echo "$foo"\nRUN echo "$another_foo"\nRUN echo "$bar" "$baz"\n',
  );
  fails("an ARG of the parent build in an ONBUILD trigger", 'ARG foo=bar\nONBUILD RUN echo "$foo"\n');
  passes("an ENV of the parent image in an ONBUILD trigger", 'ENV bar=10\nONBUILD RUN echo "$bar"\n');
  fails("names are reset by FROM", 'ARG foo=bar\nENV bar=10\nFROM debian\nRUN echo "$foo" "$bar"\n');
  fails("the default shell is sh", "RUN echo $RANDOM\n");
  passes("SHELL bash", 'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN echo "$RANDOM"\n');
  fails("SHELL is reset by FROM", 'SHELL ["/bin/bash", "-c"]\nFROM debian\nRUN echo $RANDOM\n');
  passes("SHELL ash", 'SHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN echo hello\n');
  // a script that names its shell is checked in that dialect, whatever the stage's SHELL
  fails("a heredoc run by the stage's sh", "RUN <<EOT\nset -o pipefail\nEOT\n");
  passes("a heredoc with a bash interpreter", "RUN <<EOT bash\nset -o pipefail\nEOT\n");
  passes("a heredoc with a bash shebang", "RUN <<EOT\n#!/usr/bin/env bash\nset -o pipefail\nEOT\n");
  passes("an exec form running bash -c", 'RUN ["/bin/bash", "-c", "echo \\"$RANDOM\\""]\n');
  const powershell = "RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n";
  passes("SHELL pwsh", `SHELL ["pwsh", "-c"]\n${powershell}`);
  passes("SHELL cmd.exe", `SHELL ["cmd.exe", "/c"]\n${powershell}`);
  passes(
    "SHELL powershell by absolute path",
    `SHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-command"]\n${powershell}`,
  );
  passes("the shell pragma", `# hadolint shell = powershell.exe\n${powershell}`);

  it("passes: the global shell pragma, in every stage", () => {
    const text = `# hadolint shell=powershell.exe\nFROM windows\n${powershell}FROM windows\n${powershell}`;
    expect(sc(text)).toEqual([]);
  });

  it("SC codes are suppressible inline and by configuration", () => {
    expect(sc("FROM debian\n# hadolint ignore=SC2086,SC2154\nRUN echo $foo\n")).toEqual([]);
    expect(sc("FROM debian\n# shipshape ignore=SC2086\nRUN echo $foo\n")).toEqual(["SC2154 3:10-3:14"]);
  });
});

describe("ShellCheck missing", () => {
  it("one note on stderr, and the lint goes on with the same exit code", () => {
    const text = "FROM debian:12\nRUN echo $foo\nRUN echo $bar\n";
    // an empty folder as PATH: no shellcheck to find (node itself is started by its full path)
    const r = lint(text, { PATH: mkdtempSync(path.join(os.tmpdir(), "shipshape-empty-path-")) });
    expect(r.stderr.match(/shellcheck is not installed/g)).toHaveLength(1);
    expect(r.findings.some((f) => f.rule === "shellcheck")).toBe(false);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });
});
