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
  constructor(
    readonly jobId: string,
    readonly deadlineMs: number,
  ) {
    super(`Job ${jobId} did not finish within ${deadlineMs} ms`);
  }
}

/**
 * The poll answered something that is not a job document (no `data.id`, no `attributes.status`):
 * waiting on it could only end at the deadline, half an hour later.
 */
export class KlaviyoJobDocumentError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoJobDocumentError";
  constructor(problem: string) {
    super(`waitForJob: the poll did not answer a job document (${problem})`);
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
    const { id, attributes, status } = readJob(job);
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

/** The fields the wait relies on, checked: a poll's answer is server-provided and may be anything. */
function readJob(job: unknown): {
  id: string;
  status: string;
  attributes: JobDocument["data"]["attributes"];
} {
  const data = (job as { data?: unknown } | null | undefined)?.data;
  if (typeof data !== "object" || data === null)
    throw new KlaviyoJobDocumentError("no data object");
  const { id, attributes } = data as { id?: unknown; attributes?: unknown };
  if (typeof id !== "string" || id === "") throw new KlaviyoJobDocumentError("no data.id");
  if (typeof attributes !== "object" || attributes === null) {
    throw new KlaviyoJobDocumentError("no data.attributes");
  }
  const { status } = attributes as { status?: unknown };
  if (typeof status !== "string") throw new KlaviyoJobDocumentError("no attributes.status");
  return { id, status, attributes: attributes as JobDocument["data"]["attributes"] };
}
