/**
 * curl and wget invocations: URLs, TLS verification, output, redirects, failure handling, and
 * whether what they fetch is run by a shell (`curl ... | sh`, `sh -c "$(curl ...)"`,
 * `bash <(curl ...)`).
 */
import type { ShellAnalysis, Word } from "../types.js";
import {
  type FlagSpec,
  type Invocation,
  invocation,
  type ParsedArgs,
  type ParsedFlag,
  parseArgs,
} from "./argv.js";

const CURL: FlagSpec = {
  flags: {
    insecure: ["-k", "--insecure"],
    output: ["-o", "--output"],
    "remote-name": ["-O", "--remote-name"],
    "remote-name-all": ["--remote-name-all"],
    "output-dir": ["--output-dir"],
    "create-dirs": ["--create-dirs"],
    location: ["-L", "--location"],
    fail: ["-f", "--fail", "--fail-with-body"],
    silent: ["-s", "--silent"],
    "show-error": ["-S", "--show-error"],
    progress: ["-#", "--progress-bar"],
    header: ["-H", "--header"],
    user: ["-u", "--user"],
    "proxy-user": ["-U", "--proxy-user"],
    data: ["-d", "--data", "--data-raw", "--data-binary", "--data-urlencode"],
    form: ["-F", "--form"],
    request: ["-X", "--request"],
    "user-agent": ["-A", "--user-agent"],
    referer: ["-e", "--referer"],
    cookie: ["-b", "--cookie"],
    "cookie-jar": ["-c", "--cookie-jar"],
    "upload-file": ["-T", "--upload-file"],
    "write-out": ["-w", "--write-out"],
    "max-time": ["-m", "--max-time"],
    "connect-timeout": ["--connect-timeout"],
    retry: ["--retry"],
    "retry-delay": ["--retry-delay"],
    "retry-max-time": ["--retry-max-time"],
    "retry-all-errors": ["--retry-all-errors"],
    "retry-connrefused": ["--retry-connrefused"],
    cacert: ["--cacert"],
    capath: ["--capath"],
    cert: ["-E", "--cert"],
    key: ["--key"],
    proxy: ["-x", "--proxy"],
    proto: ["--proto"],
    "proto-redir": ["--proto-redir"],
    range: ["-r", "--range"],
    "continue-at": ["-C", "--continue-at"],
    compressed: ["--compressed"],
    "dump-header": ["-D", "--dump-header"],
    "limit-rate": ["--limit-rate"],
    resolve: ["--resolve"],
    url: ["--url"],
    config: ["-K", "--config"],
    verbose: ["-v", "--verbose"],
    include: ["-i", "--include"],
    head: ["-I", "--head"],
    http1: ["--http1.1", "--http1.0"],
    tls: ["--tlsv1", "--tlsv1.2", "--tlsv1.3", "--ssl-reqd"],
    "max-redirs": ["--max-redirs"],
    "no-progress-meter": ["--no-progress-meter"],
  },
  withValue: [
    "output",
    "output-dir",
    "header",
    "user",
    "proxy-user",
    "data",
    "form",
    "request",
    "user-agent",
    "referer",
    "cookie",
    "cookie-jar",
    "upload-file",
    "write-out",
    "max-time",
    "connect-timeout",
    "retry",
    "retry-delay",
    "retry-max-time",
    "cacert",
    "capath",
    "cert",
    "key",
    "proxy",
    "proto",
    "proto-redir",
    "range",
    "continue-at",
    "dump-header",
    "limit-rate",
    "resolve",
    "url",
    "config",
    "max-redirs",
  ],
};

const WGET: FlagSpec = {
  flags: {
    insecure: ["--no-check-certificate"],
    output: ["-O", "--output-document"],
    "output-file": ["-o", "--output-file"],
    "append-output": ["-a", "--append-output"],
    quiet: ["-q", "--quiet"],
    verbose: ["-v", "--verbose"],
    "no-verbose": ["-nv", "--no-verbose"],
    progress: ["--progress"],
    "show-progress": ["--show-progress"],
    directory: ["-P", "--directory-prefix"],
    continue: ["-c", "--continue"],
    tries: ["-t", "--tries"],
    timeout: ["-T", "--timeout"],
    header: ["--header"],
    user: ["--user", "--http-user"],
    password: ["--password", "--http-password", "--ftp-password", "--proxy-password"],
    "user-agent": ["-U", "--user-agent"],
    "no-clobber": ["-nc", "--no-clobber"],
    timestamping: ["-N", "--timestamping"],
    "input-file": ["-i", "--input-file"],
    "https-only": ["--https-only"],
    "server-response": ["-S", "--server-response"],
    "content-disposition": ["--content-disposition"],
    "max-redirect": ["--max-redirect"],
    "secure-protocol": ["--secure-protocol"],
    "ca-certificate": ["--ca-certificate"],
    "post-data": ["--post-data"],
    method: ["--method"],
    "body-data": ["--body-data"],
    execute: ["-e", "--execute"],
    "no-directories": ["-nd", "--no-directories"],
    recursive: ["-r", "--recursive"],
    "no-parent": ["-np", "--no-parent"],
    "no-host-directories": ["-nH", "--no-host-directories"],
    "cut-dirs": ["--cut-dirs"],
    "wait-retry": ["--waitretry"],
    "retry-connrefused": ["--retry-connrefused"],
    "no-dns-cache": ["--no-dns-cache"],
    "inet4-only": ["-4", "--inet4-only"],
  },
  withValue: [
    "output",
    "output-file",
    "append-output",
    "progress",
    "directory",
    "tries",
    "timeout",
    "header",
    "user",
    "password",
    "user-agent",
    "input-file",
    "max-redirect",
    "secure-protocol",
    "ca-certificate",
    "post-data",
    "method",
    "body-data",
    "execute",
    "cut-dirs",
    "wait-retry",
  ],
};

export interface Download {
  tool: "curl" | "wget";
  /** the URL words (operands, and curl's `--url` values) */
  urls: Word[];
  flags: ParsedFlag[];
  args: ParsedArgs;
  /** TLS verification off: curl `-k`/`--insecure`, wget `--no-check-certificate` */
  insecure: boolean;
  /** the output file: curl `-o`, wget `-O` (`-` is stdout) */
  output?: Word;
  /** curl `-O`/`--remote-name`(-all): saved under the URL's file name */
  remoteName: boolean;
  /** writes the body to stdout: curl without `-o`/`-O`, wget with `-O -` */
  toStdout: boolean;
  /** follows redirects: curl `-L`; wget always */
  followsRedirects: boolean;
  /** fails on HTTP errors: curl `-f`/`--fail`; wget always */
  failsOnHttpError: boolean;
  /** curl `-s`, wget `-q` */
  silent: boolean;
  /**
   * the shell the output is piped into: the next stage of its pipeline (`curl ... | sudo sh`), or
   * the first after stages that pass it on (`curl ... | sed ... | sh`)
   */
  pipedToShell: Word | undefined;
  /**
   * The shell or interpreter that runs what it downloads: `pipedToShell`, or the command whose
   * script is the `$(curl ...)` / `<(curl ...)` it is in: `eval`'s words, a shell's or `source`'s
   * first operand (`sh -c "$(curl ...)"`), not an argument passed on to a script.
   */
  runBy: Word | undefined;
  invocation: Invocation;
}

/** Shells and interpreters a download is commonly piped into. */
const RUNNERS = new Set([
  "sh",
  "bash",
  "ash",
  "dash",
  "zsh",
  "ksh",
  "fish",
  "python",
  "python2",
  "python3",
  "perl",
  "ruby",
  "node",
  "php",
  "pwsh",
  "source",
  ".",
  "eval",
]);

function isRunner(inv: Invocation | undefined): boolean {
  return inv !== undefined && (RUNNERS.has(inv.name) || /^python\d(\.\d+)?$/.test(inv.name));
}

/**
 * Commands that pass what they read on to the next stage, changed or not: `curl ... | sed ... | sh`
 * still runs the download. (`gpg` is not one: it may be checking a signature.)
 */
const PASS_THROUGH = new Set([
  "cat",
  "tee",
  "sed",
  "tr",
  "grep",
  "egrep",
  "fgrep",
  "awk",
  "gawk",
  "head",
  "tail",
  "dos2unix",
  "base64",
  "gunzip",
  "zcat",
  "bzcat",
  "xzcat",
]);

/** The runner at the end of a chain of pass-through stages after command `index` (`| sed ... | sh`). */
function pipedRunner(analysis: ShellAnalysis, index: number): Word | undefined {
  for (
    let next = nextInPipeline(analysis, index);
    next !== undefined;
    next = nextInPipeline(analysis, next)
  ) {
    const nextInv = invocation(analysis.commands[next]!);
    if (isRunner(nextInv)) return nextInv!.nameWord;
    if (!nextInv || !PASS_THROUGH.has(nextInv.name)) return undefined;
  }
  return undefined;
}

/**
 * The runner whose script is the substitution the download is in: the word it is in is `eval`'s,
 * or the first operand of a shell or `source` (`sh -c "$(curl ...)"`, `bash <(curl ...)`), not an
 * argument passed on to a script (`bash build.sh "$(curl ...)"`).
 */
function substitutingRunner(analysis: ShellAnalysis, inv: Invocation): Word | undefined {
  const parentIndex = inv.command.parent;
  if (parentIndex === null || !inv.command.inCommandSubstitution) return undefined;
  const parent = invocation(analysis.commands[parentIndex]!);
  if (!parent || !isRunner(parent)) return undefined;
  if (parent.name === "eval") return parent.nameWord;
  const at = inv.command.range.start;
  for (let i = 0; i < parent.args.length; i++) {
    const word = parent.args[i]!;
    if (word.range.start <= at && at < word.range.end) return parent.nameWord;
    if (word.value === null || !word.value.startsWith("-")) return undefined;
  }
  return undefined;
}

/** The first command of the next stage of its pipeline (after `|`), if any. */
export function nextInPipeline(analysis: ShellAnalysis, index: number): number | undefined {
  const cmd = analysis.commands[index];
  if (!cmd) return undefined;
  const pipeline = analysis.pipelines[cmd.pipeline] ?? [];
  for (let k = pipeline.indexOf(index) + 1; k > 0 && k < pipeline.length; k++) {
    const next = analysis.commands[pipeline[k]!]!;
    if (next.connector === "|" || next.connector === "|&") return pipeline[k];
  }
  return undefined;
}

export function download(inv: Invocation, analysis: ShellAnalysis): Download | undefined {
  if (inv.name !== "curl" && inv.name !== "wget") return undefined;
  const curl = inv.name === "curl";
  const args = parseArgs(inv.args, curl ? CURL : WGET);
  const has = (name: string) => args.flags.some((f) => f.name === name);
  const urls = [...args.positionals];
  for (const f of args.flags) if (f.name === "url" && f.value) urls.push(f.value);
  const output = args.flags.find((f) => f.name === "output")?.value;
  const remoteName = curl && (has("remote-name") || has("remote-name-all"));
  const toStdout = output ? output.value === "-" : curl ? !remoteName : false;

  const index = analysis.commands.indexOf(inv.command);
  const pipedToShell = index === -1 ? undefined : pipedRunner(analysis, index);
  const runBy = pipedToShell ?? substitutingRunner(analysis, inv);
  return {
    tool: inv.name,
    urls,
    flags: args.flags,
    args,
    insecure: has("insecure"),
    ...(output ? { output } : {}),
    remoteName,
    toStdout,
    followsRedirects: curl ? has("location") : true,
    failsOnHttpError: curl ? has("fail") : true,
    silent: has(curl ? "silent" : "quiet"),
    pipedToShell,
    runBy,
    invocation: inv,
  };
}
