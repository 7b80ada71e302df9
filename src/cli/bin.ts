/** Entry point of the bundled CLI (dist/cli.js). */
import { main } from "./main.js";

// A closed pipe (`shipshape ... | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `shipshape: internal error: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
    );
    process.exitCode = 2;
  },
);
