/** The `shipshape` command: a thin shell around the core (argv, files, exit codes). */
import { Command, CommanderError, Option } from "commander";
import { UsageError } from "./files.js";
import { type Io, processIo } from "./io.js";
import { version } from "./version.js";

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command("shipshape")
    .description("Makes container builds small, fast and safe: lint, fix and optimise Dockerfiles.")
    .version(version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      `
Examples:
  shipshape lint examples/                  lint every Dockerfile under examples/
  shipshape rules DL3008                    what a rule checks and why
  shipshape parse --format buildkit Dockerfile   BuildKit's own parse dump

Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.`,
    );

  const collect = (value: string, previous: string[] = []) => [
    ...previous,
    ...value.split(",").filter(Boolean),
  ];

  program
    .command("lint")
    .description("check Dockerfiles against hadolint's rules, Docker's build checks and shipshape's own")
    .version(version, "-v, --version", "print the version (as shipshape --version)")
    .argument(
      "[paths...]",
      "files or folders (searched for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile); - for stdin",
      [],
    )
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format: stylish, json, sarif, checkstyle, junit, gitlab, github, compact, gnu, sonarqube, " +
          "codacy (hadolint's names too: tty = stylish, codeclimate and gitlab_codeclimate = gitlab)",
      ),
    )
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option(
      "-V, --verbose",
      "say on stderr which config file is used and the configuration it adds up to (also: HADOLINT_VERBOSE)",
    )
    .option(
      "--file-path-in-report <path>",
      "the file path to show in the report instead of the linted file's (hadolint's option, e.g. when run in a container)",
    )
    .option(
      "-c, --config <file>",
      "use this config file (default: nearest .shipshape.yaml, else .hadolint.yaml)",
    )
    .addOption(
      new Option("--preset <name>", "rule set").choices([
        "recommended",
        "strict",
        "all",
        "hadolint",
        "buildkit",
      ]),
    )
    .option("--ignore <rules>", "turn rules off (names or aliases, comma-separated, repeatable)", collect)
    .option("--error <rules>", "report these rules as errors", collect)
    .option("--warning <rules>", "report these rules as warnings", collect)
    .option("--info <rules>", "report these rules as info", collect)
    .option("--style <rules>", "report these rules as style", collect)
    .option(
      "--trusted-registry <registry>",
      "allowed registry for FROM (repeatable; wildcards like *.gcr.io)",
      collect,
    )
    .option(
      "--require-label <label:type>",
      "required label and type: text, url, semver, hash, rfc3339, spdx, email",
      collect,
    )
    .option("--strict-labels", "report labels not in the label schema")
    .option("--disable-ignore-pragma", "ignore inline # shipshape / # hadolint ignore= comments")
    .addOption(
      new Option(
        "-t, --failure-threshold <level>",
        "lowest severity that fails (exit 1); ignore or none: any finding fails",
      ).choices(["error", "warning", "info", "style", "ignore", "none"]),
    )
    .option("--no-fail", "exit 0 even when problems are found")
    .option("--color", "force colour")
    .option("--no-color", "no colour (also: NO_COLOR)")
    .option(
      "--stdin-filename <path>",
      "the path of the Dockerfile read from stdin (for config lookup and reports)",
    )
    .option(
      "--context <dir>",
      "build context, for .dockerignore-aware checks (default: the Dockerfile's folder)",
    )
    .option(
      "--build-arg <NAME=VALUE>",
      "build argument, as docker build --build-arg (repeatable)",
      (v: string, p: string[] = []) => [...p, v],
    )
    .option("--target <stage>", "the stage to build (default: the last)")
    .option("--platform <os/arch>", "target platform, e.g. linux/arm64")
    .option("--report-unused-suppressions", "report inline suppressions that matched nothing")
    .option("--no-shellcheck", "do not run ShellCheck on RUN scripts (it runs when installed)")
    .addHelpText(
      "after",
      `
Configuration: flags > environment (SHIPSHAPE_* and HADOLINT_* variables, NO_COLOR) > the nearest
.shipshape.yaml (or .hadolint.yaml) above each file. Inline: # shipshape ignore=rule,
# hadolint ignore=DL3008, # check=skip=JSONArgsRecommended.

Examples:
  shipshape lint                          every Dockerfile under the current folder
  shipshape lint --format sarif -o out.sarif .
  shipshape lint --preset hadolint --ignore DL3008 Dockerfile
  cat Dockerfile | shipshape lint --stdin-filename app/Dockerfile -`,
    )
    .action(async (paths: string[], options) => {
      const { lintCommand } = await import("./commands/lint.js");
      exitCode = await lintCommand(paths, options, io);
    });

  program
    .command("rules")
    .description("list rules, or show one rule's documentation")
    .argument("[name]", "a rule name or alias (e.g. DL3008)")
    .option(
      "--category <category>",
      "only this category: correctness, security, size, cache, reproducibility, style",
    )
    .option("--source <tool>", "only rules from this tool: hadolint, buildkit, trivy, checkov, shipshape")
    .option("--fixable", "only rules with an automatic fix")
    .option("--json", "machine-readable list")
    .action(async (name: string | undefined, options) => {
      const { rulesCommand } = await import("./commands/rules.js");
      exitCode = await rulesCommand(name, options, io);
    });

  program
    .command("parse")
    .description("parse Dockerfiles and show their structure and syntax diagnostics")
    .argument(
      "[paths...]",
      "files or folders (searched for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile); - for stdin",
      [],
    )
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["outline", "buildkit", "json"])
        .default("outline"),
    )
    .option("--tokens", "include the lossless token list in json output")
    .action(async (paths: string[], options) => {
      const { parseCommand } = await import("./commands/parse.js");
      exitCode = await parseCommand(paths, options, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.err(`shipshape: ${error.message}`);
      return 2;
    }
    throw error;
  }
  return exitCode;
}
