import { createKlaviyo } from "@klaviyo-ts/2026-04-15";
import { startMock } from "@klaviyo-ts/mock";

export interface Target {
  klaviyo: ReturnType<typeof createKlaviyo>;
  /** Where the calls go, for the log. */
  label: string;
  close(): Promise<void>;
}

/**
 * Real Klaviyo when KLAVIYO_API_KEY is set; otherwise a local mock of the same revision, so the
 * quickstart runs anywhere without an account.
 */
export async function connect(): Promise<Target> {
  const apiKey = process.env.KLAVIYO_API_KEY;
  if (apiKey) {
    return {
      klaviyo: createKlaviyo({ apiKey }),
      label: "Klaviyo (KLAVIYO_API_KEY)",
      close: async () => {},
    };
  }
  const mock = await startMock({ revision: "2026-04-15", state: { profiles: 1_000 } });
  return {
    klaviyo: createKlaviyo({ apiKey: "pk_quickstart_mock", baseUrl: mock.url }),
    label: `@klaviyo-ts/mock at ${mock.url}`,
    close: () => mock.close(),
  };
}
