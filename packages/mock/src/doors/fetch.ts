import { createMock, type KlaviyoMock, type MockOptions } from "../mock.js";

export interface MockFetch extends KlaviyoMock {
  /** A `fetch` that answers from the mock in this process: pass it as `createKlaviyo({ fetch })`. */
  readonly fetch: typeof fetch;
}

/** Calls the mock like fetch calls a server: an aborted signal rejects, whenever it aborts. */
export function fetchFrom(mock: KlaviyoMock): typeof fetch {
  return (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let request: Request;
    try {
      request = new Request(input, init);
    } catch (error) {
      return Promise.reject(error);
    }
    const { signal } = request;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      mock
        .handle(request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener("abort", onAbort));
    });
  };
}

/**
 * The mock without a port or a server: every URL's path is answered (the client's default base
 * URL, https://a.klaviyo.com, included). Reset faults reject like a reset socket does.
 */
export async function createMockFetch(options: MockOptions): Promise<MockFetch> {
  const mock = await createMock(options);
  return { ...mock, fetch: fetchFrom(mock) };
}
