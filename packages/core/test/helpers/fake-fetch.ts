import type { FetchLike } from "../../src/index.js";

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  form: FormData | undefined;
  signal: AbortSignal | undefined;
}

export type Reply = Response | Error | ((call: RecordedCall) => Response | Promise<Response>);

/** A fetch that answers from a script, one reply per call (the last reply repeats), and records every call. */
export function fakeFetch(...replies: Reply[]): FetchLike & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: String(input),
      method: init.method ?? "GET",
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === "string" ? init.body : undefined,
      form: init.body instanceof FormData ? init.body : undefined,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)]!;
    if (reply instanceof Error) throw reply;
    if (typeof reply === "function") return reply(call);
    return reply.clone();
  };
  return Object.assign(fetch, { calls });
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/vnd.api+json", ...headers },
  });
}

export function apiErrors(status: number, detail = "went wrong") {
  return json(status, { errors: [{ id: "e1", status, code: "code", title: "Title", detail }] });
}

/** A fetch failure the way undici reports it: TypeError("fetch failed") with the system error as cause. */
export function networkError(code: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
}

/** A fetch that never answers until its signal aborts. */
export const hangingFetch: FetchLike = (_input, init) =>
  new Promise((_, reject) => {
    init?.signal?.addEventListener("abort", () => reject(init.signal!.reason));
  });
