import { http, HttpResponse, type RequestHandler } from "msw";
import { createMock, MockConnectionReset, type KlaviyoMock, type MockOptions } from "./mock.js";

export type { KlaviyoMock, MockOptions } from "./mock.js";
export { createMock } from "./mock.js";

export type KlaviyoHandlersOptions = (MockOptions | { mock: KlaviyoMock }) & {
  /** The origin the handlers answer (default https://a.klaviyo.com, the client's default). */
  baseUrl?: string;
};

/**
 * MSW request handlers answering Klaviyo's API from the mock, for `setupServer(...)` (Node) or
 * `setupWorker(...)` (browser). Pass `{ mock }` (from `createMock`) to assert on its store,
 * request log and faults; otherwise a mock is created from the options.
 */
export async function klaviyoHandlers(options: KlaviyoHandlersOptions): Promise<RequestHandler[]> {
  const mock = "mock" in options ? options.mock : await createMock(options);
  const origin = (options.baseUrl ?? "https://a.klaviyo.com").replace(/\/+$/, "");
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      try {
        return await mock.handle(request);
      } catch (error) {
        // MSW's way to make fetch reject with a network error, as a reset connection does.
        if (error instanceof MockConnectionReset) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
