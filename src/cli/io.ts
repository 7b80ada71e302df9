/** Output channels of a command, so commands can be run in-process by tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /**
   * A transient status line (progress of a long run), redrawn in place; "" erases it. Present only
   * when stderr is a terminal and not in CI, so pipes and logs never see it.
   */
  status?: (line: string) => void;
}

const statusAllowed = Boolean(process.stderr.isTTY) && !process.env.CI && process.env.TERM !== "dumb";

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  status: statusAllowed ? (line) => process.stderr.write(line ? `\r${line}\x1b[K` : "\r\x1b[K") : undefined,
};
