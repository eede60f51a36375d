import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { KlaviyoWebhookSignatureError, verifyWebhookSignature } from "../src/index.js";

const secret = "whsec_test_secret";
const body = '{"data":[{"topic":"event:klaviyo.email_delivered","external_id":"e1"}]}';
const now = Date.parse("2026-03-01T12:00:00Z");

/** The expected signature, computed independently with node:crypto. */
function sign(rawBody: string, timestamp: string, key = secret): string {
  return createHmac("sha256", key)
    .update(rawBody + timestamp)
    .digest("hex");
}

describe("verifyWebhookSignature", () => {
  const seconds = String(now / 1000);
  const iso = "2026-03-01T11:58:00Z";
  const valid: [string, string, string | Uint8Array, Record<string, string> | Headers][] = [
    [
      "unix seconds",
      seconds,
      body,
      { "Klaviyo-Signature": sign(body, seconds), "Klaviyo-Timestamp": seconds },
    ],
    [
      "unix ms",
      String(now),
      body,
      { "klaviyo-signature": sign(body, String(now)), "klaviyo-timestamp": String(now) },
    ],
    [
      "ISO date, Headers, bytes",
      iso,
      new TextEncoder().encode(body),
      new Headers({ "Klaviyo-Signature": sign(body, iso).toUpperCase(), "Klaviyo-Timestamp": iso }),
    ],
    [
      "empty body",
      seconds,
      "",
      { "Klaviyo-Signature": sign("", seconds), "Klaviyo-Timestamp": seconds },
    ],
  ];
  test.each(valid)("accepts a valid signature (%s)", async (_, __, rawBody, headers) => {
    await expect(
      verifyWebhookSignature({ secret, rawBody, headers, now }),
    ).resolves.toBeUndefined();
  });

  const invalid: [string, Record<string, string | string[] | undefined>, RegExp][] = [
    ["missing headers", {}, /Missing/],
    [
      "wrong secret",
      { "Klaviyo-Signature": sign(body, seconds, "other"), "Klaviyo-Timestamp": seconds },
      /does not match/,
    ],
    [
      "body changed",
      { "Klaviyo-Signature": sign(body + " ", seconds), "Klaviyo-Timestamp": seconds },
      /does not match/,
    ],
    [
      "timestamp swapped",
      { "Klaviyo-Signature": sign(body, seconds), "Klaviyo-Timestamp": String(now / 1000 - 1) },
      /does not match/,
    ],
    [
      "truncated signature",
      { "Klaviyo-Signature": sign(body, seconds).slice(0, 62), "Klaviyo-Timestamp": seconds },
      /does not match/,
    ],
    ["not hex", { "Klaviyo-Signature": "zz", "Klaviyo-Timestamp": seconds }, /does not match/],
    [
      "replayed: too old",
      { "Klaviyo-Signature": sign(body, "1700000000"), "Klaviyo-Timestamp": "1700000000" },
      /replay window/,
    ],
    [
      "unreadable timestamp",
      { "Klaviyo-Signature": sign(body, "soon"), "Klaviyo-Timestamp": "soon" },
      /replay window/,
    ],
    [
      "array header values",
      { "Klaviyo-Signature": [sign(body, seconds, "x")], "Klaviyo-Timestamp": [seconds] },
      /does not match/,
    ],
  ];
  test.each(invalid)("rejects %s", async (_, headers, want) => {
    const verifying = verifyWebhookSignature({ secret, rawBody: body, headers, now });
    await expect(verifying).rejects.toThrow(want);
    await expect(verifying).rejects.toBeInstanceOf(KlaviyoWebhookSignatureError);
  });

  test("the replay window is configurable", async () => {
    const old = String(now / 1000 - 600);
    const headers = { "Klaviyo-Signature": sign(body, old), "Klaviyo-Timestamp": old };
    await expect(verifyWebhookSignature({ secret, rawBody: body, headers, now })).rejects.toThrow(
      /replay/,
    );
    await expect(
      verifyWebhookSignature({ secret, rawBody: body, headers, now, toleranceMs: 700_000 }),
    ).resolves.toBeUndefined();
  });
});
