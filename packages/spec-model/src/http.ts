/** The methods Klaviyo's spec uses, upper-case as they go on the wire and in `klaviyo.GET(...)`. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const HTTP_METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * One character per method, for core's compact operation index (`{ "/api/profiles/{id}": "G0A1" }`):
 * the generator writes these codes and core's typed-fetch layer reads them, so both take them
 * from here.
 */
export const METHOD_CODES: Readonly<Record<HttpMethod, string>> = {
  GET: "G",
  POST: "P",
  PUT: "U",
  PATCH: "A",
  DELETE: "D",
};
