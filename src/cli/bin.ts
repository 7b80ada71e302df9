/** Entry point of the bundled CLI (dist/cli.js). */
import { setFlagsFromString } from "node:v8";
import { main } from "./main.js";

// A lint run reads each file once, so most of its code runs before V8 has optimised it, and on two
// cores TurboFan's background thread cannot keep up: hot functions wait in its queue, running in the
// interpreter. Its costliest phases are turned off so that each optimisation is cheaper and comes
// sooner. Measured on the corpus (720 files, 10 runs each): inlining alone off, 1.47-1.64 s -> 1.13-
// 1.44 s; also loop peeling, escape analysis and load/store elimination off, 1.13-1.41 s -> 1.06-
// 1.32 s, and 7,200 files 4.8-5.2 s -> 3.8-5.0 s. The flags are read per optimisation job, so
// setting them here, before anything is optimised, takes effect (docs/design-notes.md, "Where a
// CLI run's time goes").
setFlagsFromString(
  "--no-turbo-inlining --no-turbo-loop-peeling --no-turbo-escape --no-turbo-load-elimination --no-turbo-store-elimination",
);

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
