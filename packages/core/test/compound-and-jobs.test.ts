import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  KlaviyoJobDocumentError,
  KlaviyoJobFailedError,
  KlaviyoJobTimeoutError,
  resolveIncluded,
  waitForJob,
  type JobDocument,
  type JobProgress,
} from "../src/index.js";

describe("resolveIncluded", () => {
  const profile = {
    type: "profile",
    id: "p1",
    relationships: {
      lists: {
        data: [
          { type: "list", id: "l1" },
          { type: "list", id: "l2" },
          { type: "list", id: "gone" },
        ],
      },
      owner: { data: { type: "user", id: "u1" } },
      empty: { data: null },
    },
  };
  const document = {
    data: [profile],
    included: [
      { type: "list", id: "l1", attributes: { name: "One" } },
      { type: "list", id: "l2", attributes: { name: "Two" } },
      { type: "user", id: "u1", attributes: {} },
      { type: "segment", id: "l1", attributes: {} },
    ],
  };

  test("resolves to-many, to-one and empty relationships", () => {
    const included = resolveIncluded(document);
    expect(included.related(profile, "lists").map((l) => l.id)).toEqual(["l1", "l2"]);
    expect(included.related(profile, "owner")).toEqual([document.included[2]]);
    expect(included.related(profile, "empty")).toEqual([]);
    // @ts-expect-error the profile declares no such relationship; at run time it resolves to none
    expect(included.related(profile, "unknown")).toEqual([]);
    expect(included.get({ type: "segment", id: "l1" })).toBe(document.included[3]);
    expect(resolveIncluded({}).get({ type: "list", id: "l1" })).toBeUndefined();
  });
});

describe("waitForJob", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const job = (status: string, completed?: number): JobDocument => ({
    data: { id: "j1", attributes: { status, completed_count: completed ?? null, total_count: 10 } },
  });

  test("polls with a growing interval, reports progress, resolves on complete", async () => {
    const replies = [
      job("queued"),
      job("processing", 4),
      job("processing", 8),
      job("complete", 10),
    ];
    const polledAt: number[] = [];
    const started = Date.now();
    const poll = vi.fn(async () => (polledAt.push(Date.now() - started), replies.shift()!));
    const progress: JobProgress[] = [];
    const done = waitForJob(poll, { intervalMs: 100, onProgress: (p) => progress.push(p) });
    await vi.runAllTimersAsync();
    expect(await done).toEqual(job("complete", 10));
    expect(polledAt).toEqual([0, 100, 250, 475]);
    expect(progress.map((p) => [p.status, p.completed, p.total])).toEqual([
      ["queued", undefined, 10],
      ["processing", 4, 10],
      ["processing", 8, 10],
      ["complete", 10, 10],
    ]);
  });

  test.each(["failed", "cancelled"])("rejects when the job ends %s", async (status) => {
    await expect(waitForJob(async () => job(status))).rejects.toEqual(
      new KlaviyoJobFailedError("j1", status),
    );
  });

  test("rejects at the deadline", async () => {
    const done = waitForJob(async () => job("processing"), {
      deadlineMs: 5000,
      maxIntervalMs: 2000,
    }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await done).toBeInstanceOf(KlaviyoJobTimeoutError);
  });

  test("stops when the signal aborts", async () => {
    const controller = new AbortController();
    const done = waitForJob(async () => job("processing"), {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error("stop"));
    expect(await done).toEqual(new Error("stop"));
  });

  test.each([
    ["an empty object", {}, "no data object"],
    ["null data", { data: null }, "no data object"],
    ["no id", { data: { attributes: { status: "queued" } } }, "no data.id"],
    ["no attributes", { data: { id: "j1" } }, "no data.attributes"],
    ["no status", { data: { id: "j1", attributes: {} } }, "no attributes.status"],
    ["a numeric status", { data: { id: "j1", attributes: { status: 3 } } }, "no attributes.status"],
  ])("rejects at once when the poll answers %s", async (_, answer, problem) => {
    const poll = vi.fn(async () => answer as unknown as JobDocument);
    const error = await waitForJob(poll).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoJobDocumentError);
    expect((error as Error).message).toContain(problem);
    expect(poll).toHaveBeenCalledTimes(1);
  });
});
