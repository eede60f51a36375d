import type { IncomingMessage, ServerResponse } from "node:http";

const EXPOSED = "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After";

/** Every answer carries CORS headers so a browser page can call the /client endpoints. */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Vary", "Origin");
  res.setHeader("Access-Control-Expose-Headers", EXPOSED);
}

export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
  res.setHeader(
    "Access-Control-Allow-Headers",
    req.headers["access-control-request-headers"] ??
      "authorization, content-type, revision, accept",
  );
  res.setHeader("Access-Control-Max-Age", "600");
  res.writeHead(204).end();
}
