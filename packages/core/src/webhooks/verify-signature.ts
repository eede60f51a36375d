import { KlaviyoError } from "../errors/klaviyo-error.js";

export interface VerifyWebhookOptions {
  /** the webhook's signing secret */
  secret: string;
  /** the request body exactly as received, before any JSON parsing */
  rawBody: string | Uint8Array;
  /** the request's headers; `Klaviyo-Signature` and `Klaviyo-Timestamp` are read from them */
  headers: Headers | Readonly<Record<string, string | string[] | undefined>>;
  /** how old (or how far in the future) a timestamp may be; default 5 minutes */
  toleranceMs?: number;
  now?: number;
}

/** A webhook request that did not prove it came from Klaviyo just now. */
export class KlaviyoWebhookSignatureError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoWebhookSignatureError";
}

// Marked pure so that programs which never verify a webhook do not keep it.
const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Checks a Klaviyo webhook: HMAC-SHA256 (Web Crypto) of the raw body followed by the
 * `Klaviyo-Timestamp` header, hex in `Klaviyo-Signature`, compared in constant time, and a timestamp
 * inside the replay window. Resolves when valid; rejects with KlaviyoWebhookSignatureError otherwise.
 */
export async function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<void> {
  const signature = header(options.headers, "klaviyo-signature");
  const timestamp = header(options.headers, "klaviyo-timestamp");
  if (!signature || !timestamp) {
    throw new KlaviyoWebhookSignatureError("Missing Klaviyo-Signature or Klaviyo-Timestamp header");
  }
  const sentAt = parseTimestamp(timestamp);
  const tolerance = options.toleranceMs ?? 300_000;
  if (sentAt === undefined || Math.abs((options.now ?? Date.now()) - sentAt) > tolerance) {
    throw new KlaviyoWebhookSignatureError("Webhook timestamp is outside the replay window");
  }
  const body =
    typeof options.rawBody === "string" ? encoder.encode(options.rawBody) : options.rawBody;
  const stamp = encoder.encode(timestamp);
  const message = new Uint8Array(body.length + stamp.length);
  message.set(body);
  message.set(stamp, body.length);
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(options.secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const expected = new Uint8Array(await crypto.subtle.sign("HMAC", key, message));
  if (!constantTimeEqual(expected, fromHex(signature.trim().toLowerCase()))) {
    throw new KlaviyoWebhookSignatureError("Webhook signature does not match");
  }
}

function header(headers: VerifyWebhookOptions["headers"], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Unix seconds, unix milliseconds or an ISO date, as epoch milliseconds. */
function parseTimestamp(value: string): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    return number < 1e12 ? number * 1000 : number;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}

/** Hex to bytes; an odd length or a non-hex digit gives bytes that cannot match. */
function fromHex(hex: string): Uint8Array {
  if (!/^([0-9a-f]{2})*$/.test(hex)) return new Uint8Array(0);
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Compares every byte whatever the first difference, so timing reveals nothing about the secret. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ (b[i] ?? 0);
  return difference === 0;
}
