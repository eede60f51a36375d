import type { KlaviyoOptions } from "@klaviyo-ts/core";

/** The connection settings, from the environment only: a model can neither see nor choose them. */
export interface Credentials {
  readonly options: Pick<KlaviyoOptions, "apiKey" | "accessToken" | "baseUrl">;
  /** every secret value, so that results can be scrubbed of them */
  readonly secrets: readonly string[];
}

export const ENVIRONMENT = {
  apiKey: "KLAVIYO_API_KEY",
  accessToken: "KLAVIYO_ACCESS_TOKEN",
  baseUrl: "KLAVIYO_BASE_URL",
} as const;

export function credentialsFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Credentials {
  const apiKey = env[ENVIRONMENT.apiKey]?.trim() || undefined;
  const accessToken = env[ENVIRONMENT.accessToken]?.trim() || undefined;
  const baseUrl = env[ENVIRONMENT.baseUrl]?.trim() || undefined;
  if (apiKey && accessToken) {
    throw new Error(
      `set one of ${ENVIRONMENT.apiKey} and ${ENVIRONMENT.accessToken}, not both: which account would be used is ambiguous`,
    );
  }
  if (!apiKey && !accessToken) {
    throw new Error(
      `no credentials: set ${ENVIRONMENT.apiKey} (a private API key) or ${ENVIRONMENT.accessToken} (an OAuth access token)`,
    );
  }
  return {
    options: {
      ...(apiKey ? { apiKey } : {}),
      ...(accessToken ? { accessToken } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    },
    secrets: [apiKey, accessToken].filter((secret): secret is string => secret !== undefined),
  };
}
