// Typed fetch (openapi-fetch's GET/POST/... on the runtime) is an entry of its own: a program that
// calls only operation functions then never reads openapi-fetch's declarations when it type-checks.
export { createClient, type KlaviyoClient } from "./client/create-client.js";
