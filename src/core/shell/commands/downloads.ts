/** curl and wget invocations: URLs, TLS verification, output, redirects, and whether the download is piped into a shell. */
import type { ShellAnalysis, Word } from "../types.js";
import { type FlagSpec, type Invocation, type ParsedArgs, parseArgs } from "./argv.js";

const CURL: FlagSpec = {
  flags: {
    insecure: ["-k", "--insecure"],
    output: ["-o", "--output"],
    "remote-name": ["-O", "--remote-name"],
    location: ["-L", "--location"],
    fail: ["-f", "--fail", "--fail-with-body"],
    silent: ["-s", "--silent"],
    "show-error": ["-S", "--show-error"],
    progress: ["-#", "--progress-bar"],
    header: ["-H", "--header"],
    user: ["-u", "--user"],
    data: ["-d", "--data"],
    retry: ["--retry"],
    proto: ["--proto"],
    tlsv: ["--tlsv1.2", "--tlsv1.3"],
  },
  withValue: ["output", "header", "user", "data", "retry", "proto"],
};
const WGET: FlagSpec = {
  flags: {
    insecure: ["--no-check-certificate"],
    output: ["-O", "--output-document"],
    quiet: ["-q", "--quiet"],
    progress: ["--progress"],
    "no-verbose": ["-nv", "--no-verbose"],
    directory: ["-P", "--directory-prefix"],
    "show-progress": ["--show-progress"],
  },
  withValue: ["output", "progress", "directory"],
};

export interface Download {
  tool: "curl" | "wget";
  urls: Word[];
  args: ParsedArgs;
  insecure: boolean;
  /** the next command of the same pipeline is a shell (`curl ... | sh`) */
  pipedToShell: Word | undefined;
  invocation: Invocation;
}

const SHELLS = new Set([
  "sh",
  "bash",
  "ash",
  "dash",
  "zsh",
  "ksh",
  "python",
  "python3",
  "perl",
  "ruby",
  "node",
]);

export function download(inv: Invocation, analysis: ShellAnalysis): Download | undefined {
  if (inv.name !== "curl" && inv.name !== "wget") return undefined;
  const args = parseArgs(inv.args, inv.name === "curl" ? CURL : WGET);
  const urls = args.positionals.filter(
    (w) => w.value === null || /^[a-z][a-z0-9+.-]*:\/\//i.test(w.value) || !w.value.startsWith("-"),
  );
  const cmd = inv.command;
  let pipedToShell: Word | undefined;
  const pipeline = analysis.pipelines[cmd.pipeline] ?? [];
  const at = pipeline.findIndex((i) => analysis.commands[i] === cmd);
  if (at !== -1 && at + 1 < pipeline.length) {
    const next = analysis.commands[pipeline[at + 1]!]!;
    const nextName = next.argv.find((w, i) => i === 0 || w.value !== "sudo");
    const base = nextName?.value?.split("/").pop();
    if (
      base &&
      (SHELLS.has(base) || (base === "sudo" && next.argv[1]?.value && SHELLS.has(next.argv[1].value)))
    )
      pipedToShell = nextName;
  }
  return {
    tool: inv.name,
    urls,
    args,
    insecure: args.flags.some((f) => f.name === "insecure"),
    pipedToShell,
    invocation: inv,
  };
}
