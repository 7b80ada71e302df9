/** Entry point of the bundled CLI (dist/cli.js). */
import { setFlagsFromString } from "node:v8";
import { main } from "./main.js";

// A lint run reads each file once, so most of its code runs before V8 has optimised it, and
// TurboFan's inlining makes those first optimisations expensive. Without inlining, the corpus
// (720 files) lints in 1.34 s instead of 1.60 s; the optimised steady state is ~10% slower, which
// evens out only after ~8,000 files. The flag is read per optimisation job, so setting it here,
// before anything is optimised, takes effect (docs/design-notes.md, "Where a CLI run's time goes").
setFlagsFromString("--no-turbo-inlining");

// A closed pipe (`shipshape ... | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    exitWhenFlushed(code);
  },
  (error) => {
    process.stderr.write(
      `shipshape: internal error: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
    );
    process.exitCode = 2;
  },
);

/**
 * Ends the process once stdout and stderr have taken everything written to them. Left to end by
 * itself, Node frees the whole heap first, which took ~35 ms after a corpus run; process.exit does
 * not. Everything main() started has finished by now (it awaits its work), so nothing is cut short.
 */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const flushed = () => {
    pending--;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}
