/**
 * Worker thread of `shipshape lint` (dist/lint-worker.js): receives the plan, then takes job indices from a counter shared with the main thread and the other workers
 * until none is left, and sends the results back by index (the main thread keeps the order).
 */
import { parentPort, workerData } from "node:worker_threads";
import { type JobResult, JobRunner, type LintPlan } from "./lint-jobs.js";

export interface WorkerInit {
  /** Int32Array: [0] next job index, [1] jobs done (for progress) */
  counter: SharedArrayBuffer;
}
export interface PlanMessage {
  plan: LintPlan;
}
export type ResultMessage = { results: [number, JobResult][] } | { done: true };

const port = parentPort!;
const { counter } = workerData as WorkerInit;
const { plan } = await new Promise<PlanMessage>((resolve) => port.once("message", resolve));
const runner = new JobRunner(plan);
const shared = new Int32Array(counter);
const total = plan.jobs.length;
let batch: [number, JobResult][] = [];
for (;;) {
  const i = Atomics.add(shared, 0, 1);
  if (i >= total) break;
  batch.push([i, runner.run(i)]);
  Atomics.add(shared, 1, 1);
  if (batch.length === 64) {
    port.postMessage({ results: batch } satisfies ResultMessage);
    batch = [];
  }
}
port.postMessage({ results: batch } satisfies ResultMessage);
port.postMessage({ done: true } satisfies ResultMessage);
