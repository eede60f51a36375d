import { KlaviyoError } from "../errors/klaviyo-error.js";
import { sleep } from "../internal/sleep.js";

/** The part of a bulk job document (profile import, data privacy deletion, ...) the wait reads. */
export interface JobDocument {
  data: {
    id: string;
    attributes: {
      status?: string;
      completed_count?: number | null;
      total_count?: number | null;
      failed_count?: number | null;
    };
  };
}

export interface JobProgress {
  status: string;
  completed: number | undefined;
  total: number | undefined;
}

export interface WaitForJobOptions<J> {
  /** first wait between polls; default 1 s, growing by half each poll */
  intervalMs?: number;
  /** longest wait between polls; default 30 s */
  maxIntervalMs?: number;
  /** give up after this long; default 30 minutes */
  deadlineMs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress, job: J) => void;
}

/** The job ended in a state other than complete. */
export class KlaviyoJobFailedError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoJobFailedError";
  override name = "KlaviyoJobFailedError";
  constructor(
    readonly jobId: string,
    readonly status: string,
  ) {
    super(`Job ${jobId} ended with status ${status}`);
  }
}

/** The job was still running at the deadline. */
export class KlaviyoJobTimeoutError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoJobTimeoutError";
  override name = "KlaviyoJobTimeoutError";
  constructor(
    readonly jobId: string,
    readonly deadlineMs: number,
  ) {
    super(`Job ${jobId} did not finish within ${deadlineMs} ms`);
  }
}

const FAILED = new Set(["failed", "cancelled", "canceled"]);

/**
 * Polls a bulk job until it completes, e.g.
 * `waitForJob(() => getBulkImportProfilesJob(klaviyo, { id }), { onProgress })`.
 * Polling goes through the client, so it is paced and retried like any other call.
 */
export async function waitForJob<J extends JobDocument>(
  poll: () => Promise<J>,
  options: WaitForJobOptions<J> = {},
): Promise<J> {
  const deadlineMs = options.deadlineMs ?? 1_800_000;
  const maxIntervalMs = options.maxIntervalMs ?? 30_000;
  const deadline = Date.now() + deadlineMs;
  let intervalMs = options.intervalMs ?? 1000;
  for (;;) {
    options.signal?.throwIfAborted();
    const job = await poll();
    const { id, attributes } = job.data;
    const status = attributes.status ?? "unknown";
    options.onProgress?.(
      {
        status,
        completed: attributes.completed_count ?? undefined,
        total: attributes.total_count ?? undefined,
      },
      job,
    );
    if (status === "complete") return job;
    if (FAILED.has(status)) throw new KlaviyoJobFailedError(id, status);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new KlaviyoJobTimeoutError(id, deadlineMs);
    await sleep(Math.min(intervalMs, remaining), options.signal);
    intervalMs = Math.min(maxIntervalMs, Math.ceil(intervalMs * 1.5));
  }
}
