// `npm run bench`: figures over ../shared/corpus, with peers measured in the same run. Prints, never fails.
import { DockerfileParser } from "dockerfile-ast";
import { parse } from "../dist/index.js";
import { loadCorpus, timePasses } from "./corpus.mjs";

const { files, texts, bytes } = loadCorpus();
const mb = bytes / 1e6;
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB (../shared/corpus/real)\n`);

const rows = [];
function row(name, secondsPerPass, note = "") {
  rows.push({ name, secondsPerPass, note });
  const mbs = mb / secondsPerPass;
  const fps = files.length / secondsPerPass;
  console.log(
    `${name.padEnd(36)} ${(secondsPerPass * 1000).toFixed(1).padStart(8)} ms/pass  ${mbs.toFixed(1).padStart(7)} MB/s  ${fps.toFixed(0).padStart(7)} files/s  ${note}`,
  );
  return secondsPerPass;
}

console.log("Parse (single thread)");
const ours = row(
  "shipshape parse",
  timePasses(texts, (t) => parse(t)),
);
const peer = row(
  "dockerfile-ast 0.7.1 parse",
  timePasses(texts, (t) => DockerfileParser.parse(t)),
);
console.log(`  -> shipshape is ${(peer / ours).toFixed(1)}x dockerfile-ast (target >= 50 MB/s and >= 25x)\n`);
