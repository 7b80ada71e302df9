// `npm run bench`: figures over ../shared/corpus, with peers measured in the same run. Prints, never fails.
// BENCH_TALLY=0 skips the (slow) tally CLI run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { analyze, analyzeShell, lint, parse, resolveConfig, rules, shellSources } from "../dist/index.js";
import { loadCorpus, timePasses } from "./corpus.mjs";

const { files, texts, bytes } = loadCorpus();
const mb = bytes / 1e6;
console.log(
  `corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB (../shared/corpus/real), node ${process.version}\n`,
);

function row(name, secondsPerPass, note = "") {
  const mbs = mb / secondsPerPass;
  const fps = files.length / secondsPerPass;
  console.log(
    `${name.padEnd(40)} ${(secondsPerPass * 1000).toFixed(1).padStart(8)} ms/pass ${mbs.toFixed(1).padStart(7)} MB/s ${fps.toFixed(0).padStart(7)} files/s  ${note}`,
  );
  return secondsPerPass;
}

console.log("Parse (single thread, in process)");
const ours = row(
  "shipshape parse",
  timePasses(texts, (t) => parse(t)),
);
const peer = row(
  "dockerfile-ast 0.7.1 DockerfileParser.parse",
  timePasses(texts, (t) => DockerfileParser.parse(t)),
);
console.log(
  `  -> shipshape parses ${(peer / ours).toFixed(1)}x as fast as dockerfile-ast (targets: >= 50 MB/s, >= 25x)\n`,
);

console.log("Semantic model and shell analysis (single thread, in process)");
row(
  "parse + model",
  timePasses(texts, (t) => analyze(parse(t).cst)),
);
const all = (t) => {
  const model = analyze(parse(t).cst);
  for (const info of model.infos) {
    const inst =
      info.instruction.args.type === "onbuild" ? info.instruction.args.instruction : info.instruction;
    if (inst && (inst.name === "RUN" || inst.name === "CMD" || inst.name === "ENTRYPOINT")) {
      for (const s of shellSources(inst, t)) analyzeShell(s);
    }
  }
};
row("parse + model + all shell parsing", timePasses(texts, all), "(target >= 3,000 files/s)");
console.log("");

console.log("Lint (single thread, in process, default rules, ShellCheck off)");
const config = resolveConfig({}, rules);
const lintOptions = { config };
row(
  `shipshape lint (${config.enabled.length} rules)`,
  timePasses(texts, (t) => lint(t, lintOptions)),
  "(target >= 2,000 files/s)",
);
console.log("");

// Large synthetic files: the time per instruction should not grow with the file (a quadratic step
// shows as a column far above the others).
console.log(
  "Scaling (in process, default rules, one pass; µs per instruction at 2,000 and 20,000 instructions)",
);
const shapes = {
  "ENV chain using variables": (n) =>
    `FROM a\n${Array.from({ length: n }, (_, i) => `ENV A${i}=$A${i - 1}\n`).join("")}`,
  "undefined variables": (n) =>
    `FROM a\n${Array.from({ length: n }, (_, i) => `ENV B${i}=$UNDEF_${i}\n`).join("")}`,
  "global ARGs, then FROMs": (n) =>
    Array.from({ length: n }, (_, i) => `ARG V${i}=1\n`).join("") +
    Array.from({ length: n / 4 }, (_, i) => `FROM img:$V${i} AS s${i}\n`).join(""),
  "chained stages": (n) =>
    `FROM alpine AS s0\n${Array.from({ length: n / 2 }, (_, i) => `FROM s${i} AS s${i + 1}\nCOPY --from=s${i} /a /a\n`).join("")}`,
  "ignore pragmas": (n) =>
    `FROM a\n${Array.from({ length: n / 2 }, (_, i) => `# hadolint ignore=DL3008\nRUN apt-get install -y p${i}\n`).join("")}`,
};
for (const [name, make] of Object.entries(shapes)) {
  const cells = [2000, 20000].map((n) => {
    const text = make(n);
    const start = performance.now();
    const { model } = lint(text, lintOptions);
    const instructions = model.infos.length;
    return ((performance.now() - start) * 1000) / instructions;
  });
  console.log(`${name.padEnd(40)} ${cells.map((us) => `${us.toFixed(1).padStart(8)} µs`).join(" ")}`);
}
console.log("");

console.log("CLI wall time on the whole corpus (one process, all files; fastest of 5 runs, and the range)");
const cli = path.resolve("bin/shipshape.js");
const cliArgs = [cli, "lint", "--no-shellcheck", "--format", "compact", path.dirname(path.dirname(files[0]))];
const walls = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  spawnSync(process.execPath, cliArgs, { stdio: "ignore" });
  walls.push((performance.now() - start) / 1000);
}
walls.sort((a, b) => a - b);
const oursWall = walls[0];
console.log(
  `${"shipshape lint (CLI)".padEnd(40)} ${oursWall.toFixed(2).padStart(8)} s   (${walls[0].toFixed(2)}-${walls[walls.length - 1].toFixed(2)} s; target <= 1 s)`,
);
const oneFile = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  spawnSync(process.execPath, [...cliArgs.slice(0, -1), files[0]], { stdio: "ignore" });
  oneFile.push((performance.now() - start) / 1000);
}
oneFile.sort((a, b) => a - b);
console.log(
  `${"shipshape lint (CLI, one file)".padEnd(40)} ${oneFile[0].toFixed(2).padStart(8)} s   (${oneFile[0].toFixed(2)}-${oneFile[oneFile.length - 1].toFixed(2)} s; start-up cost)`,
);

const tally = path.resolve("node_modules/@wharflab/tally-linux-x64/bin/tally");
if (process.env.BENCH_TALLY !== "0" && existsSync(tally)) {
  // tally only accepts files named like Dockerfiles: link each corpus file as <n>/Dockerfile
  const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-bench-"));
  const linked = files.map((f, i) => {
    mkdirSync(path.join(dir, String(i)));
    const p = path.join(dir, String(i), "Dockerfile");
    symlinkSync(f, p);
    return p;
  });
  const wall = (command, args) => {
    const t0 = performance.now();
    spawnSync(command, args, { stdio: "ignore" });
    return (performance.now() - t0) / 1000;
  };
  const version = execFileSync(tally, ["--version"], { encoding: "utf8" }).trim().split(" ")[2];
  const tallyArgs = ["lint", "--no-color", "--format", "json"];
  // as the issue measured it: tally's defaults, which include its embedded ShellCheck
  const tallyWall = wall(tally, [...tallyArgs, ...linked]);
  console.log(
    `${`tally ${version} (defaults: with ShellCheck)`.padEnd(40)} ${tallyWall.toFixed(2).padStart(8)} s`,
  );
  console.log(
    `  -> shipshape CLI (ShellCheck off) is ${(tallyWall / oursWall).toFixed(0)}x faster than tally's defaults (issue's target >= 200x, from tally at 208 s)`,
  );
  // like for like: both without ShellCheck (and tally without its registry look-ups), and both with it
  const tallyBare = wall(tally, [
    ...tallyArgs,
    "--slow-checks",
    "off",
    "--ignore",
    "shellcheck/*",
    ...linked,
  ]);
  console.log(
    `${`tally ${version} (no ShellCheck, offline)`.padEnd(40)} ${tallyBare.toFixed(2).padStart(8)} s`,
  );
  console.log(
    `  -> like for like without ShellCheck: shipshape is ${(tallyBare / oursWall).toFixed(1)}x faster`,
  );
  if (spawnSync("shellcheck", ["--version"], { stdio: "ignore" }).status === 0) {
    const oursChecked = wall(
      process.execPath,
      cliArgs.filter((a) => a !== "--no-shellcheck"),
    );
    console.log(
      `${"shipshape lint (CLI, with ShellCheck)".padEnd(40)} ${oursChecked.toFixed(2).padStart(8)} s`,
    );
    console.log(
      `  -> like for like with ShellCheck: shipshape is ${(tallyWall / oursChecked).toFixed(1)}x faster`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
} else console.log("  (tally skipped)");
