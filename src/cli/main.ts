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
  shipshape parse examples/                 outline of every Dockerfile under examples/
  shipshape parse --format buildkit Dockerfile   BuildKit's own parse dump
  cat Dockerfile | shipshape parse -        read from standard input

Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.`,
    );

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
