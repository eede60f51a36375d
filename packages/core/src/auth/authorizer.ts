import { KlaviyoConfigError } from "../errors/klaviyo-error.js";
import type { CredentialOptions } from "./credentials.js";
import type { SecretRedactor } from "./secret-redactor.js";
import { createTokenSource, type TokenSource } from "./token-source.js";

/** How one attempt is authenticated. `token` is the OAuth token used, to refresh it after a 401. */
export interface Authorization {
  header?: string;
  companyId?: string;
  token?: string;
}

export interface Authorizer {
  /** synchronous with a key, so that the common case costs no extra turn of the event loop */
  authorize(auth: "private" | "public", operation: string): Authorization | Promise<Authorization>;
  /** After a 401 with an OAuth token: refreshes it (once for all requests that saw it fail); false when it cannot. */
  refreshAfter401(used: Authorization): Promise<boolean>;
  /** A call gave up waiting for the token: the next one starts a new refresh. */
  abandonRefresh(): void;
}

/** Credentials live only in this closure: never on an object that could be logged or serialised. */
export function createAuthorizer(options: CredentialOptions, secrets: SecretRedactor): Authorizer {
  const { apiKey, publicKey } = options;
  secrets.add(apiKey);
  secrets.add(options.accessToken);
  const tokens: TokenSource | undefined =
    options.accessToken !== undefined || options.refreshAccessToken
      ? createTokenSource(options.accessToken, options.refreshAccessToken, (token) =>
          secrets.add(token),
        )
      : undefined;
  const byKey: Authorization | undefined = apiKey
    ? { header: `Klaviyo-API-Key ${apiKey}` }
    : undefined;
  const byPublicKey: Authorization | undefined = publicKey ? { companyId: publicKey } : undefined;

  return {
    authorize(auth, operation) {
      if (auth === "public") {
        if (byPublicKey) return byPublicKey;
        throw new KlaviyoConfigError(
          `${operation} is a client endpoint: it takes a publicKey (site id), and a private key or token must never be sent to it.`,
        );
      }
      if (byKey) return byKey;
      if (tokens) return tokens.current().then((token) => ({ header: `Bearer ${token}`, token }));
      throw new KlaviyoConfigError(
        `${operation} needs a private apiKey or an OAuth accessToken; a publicKey only opens client endpoints.`,
      );
    },
    abandonRefresh: () => tokens?.abandon(),
    async refreshAfter401(used) {
      if (!tokens?.canRefresh || used.token === undefined) return false;
      await tokens.refresh(used.token);
      return true;
    },
  };
}
