import { KlaviyoConfigError } from "../errors/klaviyo-error.js";

export interface CredentialOptions {
  apiKey?: string | undefined;
  accessToken?: string | undefined;
  refreshAccessToken?: (() => Promise<string>) | undefined;
  publicKey?: string | undefined;
}

const PUBLIC_KEY = /^[A-Za-z0-9]{6}$/;

/** Refuses credentials that cannot work, before anything is sent. Messages never quote a key. */
export function validateCredentials(options: CredentialOptions): void {
  const { apiKey, accessToken, refreshAccessToken, publicKey } = options;
  if (!apiKey && !accessToken && !refreshAccessToken && !publicKey) {
    throw new KlaviyoConfigError(
      "No credentials: pass apiKey (private key), accessToken/refreshAccessToken (OAuth) or publicKey (client endpoints).",
    );
  }
  if (apiKey !== undefined && (accessToken !== undefined || refreshAccessToken !== undefined)) {
    throw new KlaviyoConfigError(
      "Pass either apiKey or an OAuth accessToken/refreshAccessToken, not both.",
    );
  }
  // A header value cannot hold CR or LF, and fetch implementations quote the value they refuse:
  // the key would reach the error text. Leading or trailing blanks are a copy-paste slip.
  for (const [name, value] of [
    ["apiKey", apiKey],
    ["accessToken", accessToken],
  ] as const) {
    if (value !== undefined && /\s/.test(value)) {
      throw new KlaviyoConfigError(`${name} contains whitespace (space, tab, CR or LF)`);
    }
  }
  if (apiKey !== undefined && !apiKey.startsWith("pk_")) {
    throw new KlaviyoConfigError(
      PUBLIC_KEY.test(apiKey)
        ? "apiKey looks like a public key (site id); pass it as publicKey."
        : 'apiKey is not a Klaviyo private key: private keys start with "pk_".',
    );
  }
  if (publicKey !== undefined && !PUBLIC_KEY.test(publicKey)) {
    throw new KlaviyoConfigError(
      publicKey.startsWith("pk_")
        ? "publicKey looks like a private key; pass it as apiKey. A private key must never be sent to client endpoints."
        : "publicKey is not a Klaviyo public key (site id): 6 letters or digits.",
    );
  }
}
