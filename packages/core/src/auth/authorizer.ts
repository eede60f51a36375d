import type { Endpoint } from "../client/endpoint.js";
import { KlaviyoConfigError } from "../errors/klaviyo-error.js";
import type { CredentialOptions } from "./credentials.js";
import type { SecretRedactor } from "./secret-redactor.js";
import { tokenSourceOf, type TokenSource } from "./token-source.js";

/**
 * How one attempt is authenticated: the URL to send (with the public key, for a client endpoint),
 * and a header or a refreshing OAuth token to ask for the token to send.
 */
export interface Authorization {
  url: string;
  header?: string | undefined;
  tokens?: TokenSource | undefined;
}

/** How an attempt to `endpoint` at `url` is authenticated. */
export type Authorizer = (endpoint: Endpoint, url: string) => Authorization;

/** Credentials live only in this closure: never on an object that could be logged or serialised. */
export function createAuthorizer(options: CredentialOptions, secrets: SecretRedactor): Authorizer {
  const { apiKey, accessToken, publicKey } = options;
  const tokens = tokenSourceOf(accessToken);
  const staticToken = typeof accessToken === "string" ? accessToken : undefined;
  secrets.add(apiKey);
  secrets.add(staticToken);
  const header = apiKey
    ? `Klaviyo-API-Key ${apiKey}`
    : staticToken
      ? `Bearer ${staticToken}`
      : undefined;

  return ({ auth, id, path }, url) => {
    const operation = id ?? path;
    if (auth) return { url: auth(url, publicKey, operation) };
    if (!header && !tokens) {
      throw new KlaviyoConfigError(
        `${operation} needs apiKey or accessToken: publicKey only opens client endpoints.`,
      );
    }
    return { url, header, tokens };
  };
}
