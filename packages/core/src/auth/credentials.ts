import { KlaviyoConfigError } from "../errors/klaviyo-error.js";
import { tokenSourceOf, type RefreshingAccessToken } from "./token-source.js";

export interface CredentialOptions {
  apiKey?: string | undefined;
  accessToken?: string | RefreshingAccessToken | undefined;
  publicKey?: string | undefined;
}

const PUBLIC_KEY = /^[A-Za-z0-9]{6}$/;

/** Refuses credentials that cannot work, before anything is sent. Messages never quote a key. */
export function validateCredentials(options: CredentialOptions): void {
  const { apiKey, accessToken, publicKey } = options;
  // The option this replaced would otherwise be ignored in silence from JavaScript: a static token
  // that fails with 401 once it expires.
  if ("refreshAccessToken" in options) {
    throw new KlaviyoConfigError(
      "refreshAccessToken is gone: pass accessToken: refreshingAccessToken({ accessToken, refresh }).",
    );
  }
  if (!apiKey && !accessToken && !publicKey) {
    throw new KlaviyoConfigError(
      "No credentials: pass apiKey (private key), accessToken (OAuth) or publicKey (client endpoints).",
    );
  }
  if (apiKey !== undefined && accessToken !== undefined) {
    throw new KlaviyoConfigError("Pass apiKey or accessToken, not both.");
  }
  refuseWhitespace("apiKey", apiKey);
  if (typeof accessToken === "string") refuseWhitespace("accessToken", accessToken);
  else if (accessToken !== undefined && !tokenSourceOf(accessToken)) {
    throw new KlaviyoConfigError("accessToken is a string or refreshingAccessToken({ refresh }).");
  }
  if (apiKey !== undefined && !apiKey.startsWith("pk_")) {
    throw new KlaviyoConfigError(
      PUBLIC_KEY.test(apiKey)
        ? "apiKey looks like a public key (site id): pass it as publicKey."
        : 'apiKey is not a private key: those start with "pk_".',
    );
  }
  if (publicKey !== undefined && !PUBLIC_KEY.test(publicKey)) {
    throw new KlaviyoConfigError(
      publicKey.startsWith("pk_")
        ? "publicKey looks like a private key, which must never go to client endpoints: pass it as apiKey."
        : "publicKey is not a public key (site id): 6 letters or digits.",
    );
  }
}

/**
 * A header value cannot hold CR or LF, and fetch implementations quote the value they refuse:
 * the key would reach the error text. Leading or trailing blanks are a copy-paste slip.
 */
export function refuseWhitespace(name: string, value: string | undefined): void {
  if (value !== undefined && /\s/.test(value)) {
    throw new KlaviyoConfigError(`${name} contains whitespace`);
  }
}
