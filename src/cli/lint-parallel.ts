/**
 * Lints a plan on worker threads plus the main thread. Every thread takes the next job index from
 * a shared counter (so a slow file never leaves a thread idle) and results are stored by index, so
 * the report is the serial run's, byte for byte.
 *
 * When it pays: a worker costs a module load (about 0.2 s), and, more,
 * its own JIT warm-up: linting the first ~250 files in a fresh thread is 4-5 times slower per file
 * than later ones, and each thread pays that again. Measured on 2 cores (shared with other jobs),
 * main thread + 1 worker was slower than serial at 720 files (best 2.5 s vs 2.0 s) and at 2,880
 * (best 5.0 s vs 4.1 s), using ~35% more CPU. So by default workers are used only with 4 or more
 * cores and at least AUTO_PARALLEL_FILES files (an estimate from those figures: warm-up paid in
 * parallel, then 0.7 ms a file split across threads). SHIPSHAPE_THREADS=n forces n threads (1:
 * serial) from MIN_PARALLEL_FILES files.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { JobResult, JobRunner, LintPlan } from "./lint-jobs.js";
import type { PlanMessage, ResultMessage, WorkerInit } from "./lint-worker.js";

export const MIN_PARALLEL_FILES = 64;
export const AUTO_PARALLEL_FILES = 1000;
const AUTO_MIN_CORES = 4;
const MAX_WORKERS = 15;

/** Worker threads to start for `files` files: threads - 1 (the main thread lints too), or 0. */
export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const asked = Number(env.SHIPSHAPE_THREADS);
  let threads: number;
  if (Number.isInteger(asked) && asked > 0) {
    if (files < MIN_PARALLEL_FILES) return 0;
    threads = asked;
  } else {
    const cores = os.availableParallelism();
    if (cores < AUTO_MIN_CORES || files < AUTO_PARALLEL_FILES) return 0;
    threads = cores;
  }
  return Math.max(0, Math.min(threads - 1, MAX_WORKERS));
}

export class WorkerPool {
  private readonly counter = new SharedArrayBuffer(8);
  private readonly shared = new Int32Array(this.counter);
  private readonly workers: Worker[] = [];
  private readonly finished: Promise<void>[] = [];
  private results: (JobResult | undefined)[] = [];

  /** Starts the workers (they load their modules while the main thread plans); null if none. */
  static async start(count: number): Promise<WorkerPool | null> {
    if (count <= 0) return null;
    const url = new URL("./lint-worker.js", import.meta.url);
    // running from the sources (tests) there is no bundled worker: stay serial
    if (!existsSync(fileURLToPath(url))) return null;
    // loaded only here: a serial run (most runs) does not pay for the module
    const { Worker: WorkerThread } = await import("node:worker_threads");
    return new WorkerPool(url, count, WorkerThread);
  }

  private constructor(url: URL, count: number, WorkerThread: typeof Worker) {
    for (let n = 0; n < count; n++) {
      const worker = new WorkerThread(url, { workerData: { counter: this.counter } satisfies WorkerInit });
      this.workers.push(worker);
      this.finished.push(
        new Promise<void>((resolve) => {
          worker.on("message", (message: ResultMessage) => {
            if ("done" in message) resolve();
            else for (const [i, result] of message.results) this.results[i] = result;
          });
          // a worker that fails leaves its jobs undone; the main thread redoes them (and meets the
          // same error, reported as in a serial run)
          worker.on("error", () => resolve());
          worker.on("exit", () => resolve());
        }),
      );
    }
  }

  /** Lints every job of the plan; `progress` is called with the number of files done. */
  async run(plan: LintPlan, runner: JobRunner, progress?: (done: number) => void): Promise<JobResult[]> {
    const total = plan.jobs.length;
    this.results = new Array(total);
    for (const worker of this.workers) worker.postMessage({ plan } satisfies PlanMessage);
    const { shared, results } = this;
    for (;;) {
      const i = Atomics.add(shared, 0, 1);
      if (i >= total) break;
      results[i] = runner.run(i);
      const done = Atomics.add(shared, 1, 1) + 1;
      progress?.(done);
    }
    let timer: NodeJS.Timeout | undefined;
    if (progress) timer = setInterval(() => progress(Atomics.load(shared, 1)), 100);
    await Promise.all(this.finished);
    if (timer) clearInterval(timer);
    for (let i = 0; i < total; i++) results[i] ??= runner.run(i);
    return results as JobResult[];
  }

  /** Lets the process exit without waiting for the workers (they end by themselves when done). */
  close(): void {
    for (const worker of this.workers) {
      worker.unref();
      void worker.terminate();
    }
  }
}
