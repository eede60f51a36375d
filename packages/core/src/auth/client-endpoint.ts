import { KlaviyoConfigError } from "../errors/klaviyo-error.js";

/**
 * How a client endpoint is authenticated: given the request's URL, the client's public key and the
 * operation's name, the URL to send. It never adds a header, so a private key or token cannot reach
 * a client endpoint.
 */
export type ClientEndpointAuth = (
  url: string,
  publicKey: string | undefined,
  operation: string,
) => string;

/**
 * Klaviyo's client endpoints (/client/*) take the public key (site id) as the `company_id` query
 * parameter: "All /client endpoints use a public API key"
 * (https://developers.klaviyo.com/en/docs/authenticate_). Generated
 * metadata of client operations names this, so a program that calls none does not bundle it.
 */
export const clientEndpointAuth: ClientEndpointAuth = (url, publicKey, operation) => {
  if (!publicKey) {
    throw new KlaviyoConfigError(
      `${operation} is a client endpoint: it takes a publicKey (site id), and a private key or token must never be sent to it.`,
    );
  }
  if (!url.includes("company_id=")) {
    return `${url}${url.includes("?") ? "&" : "?"}company_id=${encodeURIComponent(publicKey)}`;
  }
  const parsed = new URL(url);
  parsed.searchParams.set("company_id", publicKey);
  return parsed.href;
};
