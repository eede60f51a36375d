import { describe, expect, test, vi } from "vitest";
import { createAuthorizer } from "../src/auth/authorizer.js";
import { SecretRedactor } from "../src/auth/secret-redactor.js";
import { validateCredentials, type CredentialOptions } from "../src/auth/credentials.js";
import { tokenSourceOf, type TokenSource } from "../src/auth/token-source.js";
import type { AttemptDeadline } from "../src/client/attempt-deadline.js";
import type { Endpoint } from "../src/client/endpoint.js";
import {
  clientEndpointAuth,
  KlaviyoConfigError,
  KlaviyoTimeoutError,
  KlaviyoTokenRefreshError,
  refreshingAccessToken,
  type RefreshingAccessTokenOptions,
} from "../src/index.js";

describe("validateCredentials", () => {
  const refresh = async () => "token";
  const cases: [string, CredentialOptions, RegExp | undefined][] = [
    ["nothing", {}, /No credentials/],
    ["a private key", { apiKey: "pk_abc123" }, undefined],
    ["a public key", { publicKey: "AbC123" }, undefined],
    ["both kinds of key", { apiKey: "pk_abc123", publicKey: "AbC123" }, undefined],
    ["an OAuth token", { accessToken: "tok" }, undefined],
    ["only a refreshing token", { accessToken: refreshingAccessToken({ refresh }) }, undefined],
    [
      "a token object not made by refreshingAccessToken",
      { accessToken: { refresh } as never },
      /refreshingAccessToken/,
    ],
    [
      "apiKey and a refreshing token",
      { apiKey: "pk_abc123", accessToken: refreshingAccessToken({ refresh }) },
      /apiKey or accessToken, not both/,
    ],
    ["a public key as apiKey", { apiKey: "AbC123" }, /looks like a public key/],
    ["garbage as apiKey", { apiKey: "sk_live_1" }, /start with "pk_"/],
    ["a private key as publicKey", { publicKey: "pk_abc123" }, /looks like a private key/],
    ["garbage as publicKey", { publicKey: "abc" }, /6 letters or digits/],
    [
      "apiKey and a token",
      { apiKey: "pk_abc123", accessToken: "tok" },
      /apiKey or accessToken, not both/,
    ],
    ["an apiKey with a tab", { apiKey: "pk_abc\t123" }, /apiKey contains whitespace/],
    ["a token with a newline", { accessToken: "tok\n" }, /accessToken contains whitespace/],
    [
      "the removed refreshAccessToken option",
      { accessToken: "tok", refreshAccessToken: refresh } as CredentialOptions,
      /refreshAccessToken is gone: pass accessToken: refreshingAccessToken/,
    ],
  ];
  test.each(cases)("%s", (_, options, want) => {
    if (want) expect(() => validateCredentials(options)).toThrow(want);
    else expect(() => validateCredentials(options)).not.toThrow();
  });

  test("messages never quote the key", () => {
    for (const options of [
      { apiKey: "AbC123" },
      { publicKey: "pk_secret99" },
      { apiKey: "sk_secret" },
    ]) {
      try {
        validateCredentials(options);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(KlaviyoConfigError);
        expect(String(error)).not.toContain(Object.values(options)[0]);
      }
    }
  });
});

describe("SecretRedactor", () => {
  const secrets = new SecretRedactor();
  secrets.add("pk_Key1");
  secrets.add("tok-2");
  secrets.add(undefined);
  secrets.add("");

  test.each([
    ["no secret", "plain text", "plain text"],
    ["each occurrence", "pk_Key1 and pk_Key1", "[redacted] and [redacted]"],
    ["every secret", "Bearer tok-2 / pk_Key1", "Bearer [redacted] / [redacted]"],
  ])("redacts text with %s", (_, text, want) => {
    expect(secrets.redact(text)).toBe(want);
  });

  test("an error that mentions no secret is kept as it is, anything not an error too", () => {
    const error = new TypeError("fetch failed", { cause: new Error("ECONNRESET") });
    expect(secrets.redactError(error)).toBe(error);
    expect(secrets.redactError(42)).toBe(42);
    expect(secrets.redactError("tok-2")).toBe("[redacted]");
  });

  test("an error that mentions one anywhere is copied with it replaced, cause, name and code kept", () => {
    const inner = Object.assign(new Error("header value pk_Key1"), { code: "ERR_INVALID" });
    const outer = new TypeError("fetch failed", { cause: inner });
    const copy = secrets.redactError(outer) as Error & { cause: Error & { code: string } };
    expect(copy).not.toBe(outer);
    expect(copy.name).toBe("TypeError");
    expect(copy.message).toBe("fetch failed");
    expect(copy.cause.message).toBe("header value [redacted]");
    expect(copy.cause.code).toBe("ERR_INVALID");
    expect(copy.cause.stack).not.toContain("pk_Key1");
    const noStack = Object.assign(new Error("tok-2"), { stack: undefined, detail: "x" });
    expect((secrets.redactError(noStack) as Error).stack).toBe("");
  });
});

describe("createAuthorizer", () => {
  const URL = "https://a.klaviyo.com/api/x";
  const privately = { id: "get_profiles", path: "/api/profiles" } as Endpoint;
  const client = {
    id: "create_client_event",
    path: "/client/events",
    auth: clientEndpointAuth,
  } as Endpoint;

  test("private key goes in the Authorization header", () => {
    const auth = createAuthorizer({ apiKey: "pk_abc" }, new SecretRedactor());
    expect(auth(privately, URL)).toEqual({ url: URL, header: "Klaviyo-API-Key pk_abc" });
  });

  test("client endpoints get the company id and never an Authorization header", () => {
    const auth = createAuthorizer({ apiKey: "pk_abc", publicKey: "AbC123" }, new SecretRedactor());
    expect(auth(client, URL)).toEqual({ url: `${URL}?company_id=AbC123` });
  });

  test("a private key alone cannot call a client endpoint", () => {
    const auth = createAuthorizer({ apiKey: "pk_abc" }, new SecretRedactor());
    expect(() => auth(client, URL)).toThrow(/create_client_event is a client endpoint/);
  });

  test("a public key alone cannot call a private endpoint", () => {
    const auth = createAuthorizer({ publicKey: "AbC123" }, new SecretRedactor());
    expect(() => auth(privately, URL)).toThrow(/needs apiKey or accessToken/);
  });

  test("a static OAuth token is a bearer header", () => {
    const auth = createAuthorizer({ accessToken: "tok" }, new SecretRedactor());
    expect(auth(privately, URL)).toMatchObject({ header: "Bearer tok" });
  });

  test("a refreshing OAuth token is asked for the token to send", () => {
    const token = refreshingAccessToken({ refresh: async () => "fresh" });
    const auth = createAuthorizer({ accessToken: token }, new SecretRedactor());
    expect(auth(privately, URL)).toEqual({
      url: URL,
      header: undefined,
      tokens: tokenSourceOf(token),
    });
  });
});

describe("clientEndpointAuth", () => {
  test.each([
    [
      "a URL without a query",
      "https://a.klaviyo.com/client/x",
      "https://a.klaviyo.com/client/x?company_id=AbC123",
    ],
    [
      "a URL with a query",
      "https://a.klaviyo.com/client/x?a=1",
      "https://a.klaviyo.com/client/x?a=1&company_id=AbC123",
    ],
    [
      "a caller's company_id",
      "https://a.klaviyo.com/client/x?company_id=other",
      "https://a.klaviyo.com/client/x?company_id=AbC123",
    ],
  ])("puts the public key into %s", (_, url, want) => {
    expect(clientEndpointAuth(url, "AbC123", "create_client_event")).toBe(want);
  });
});

/** A deadline that expires when the test says so. */
function manualDeadline(): { deadline: AttemptDeadline; expire(): void } {
  let timedOut = false;
  let expire!: () => void;
  const expired = new Promise<never>((_, reject) => {
    expire = () => {
      timedOut = true;
      reject(new Error("deadline"));
    };
  });
  expired.catch(() => undefined);
  const deadline: AttemptDeadline = {
    signal: new AbortController().signal,
    race: (work) => Promise.race([work, expired]),
    timedOut: () => timedOut,
    finish: () => undefined,
  };
  return { deadline, expire };
}

/** What an attempt hands a token source besides the stale token. */
type TokenWait = Parameters<TokenSource["token"]> extends [unknown, ...infer Wait] ? Wait : never;

function waitWith(deadline = manualDeadline().deadline): TokenWait {
  const endpoint = { id: "get_profiles", method: "GET", path: "/api/profiles" } as Endpoint;
  return [deadline, 50, { endpoint }, new SecretRedactor()];
}

function sourceOf(options: RefreshingAccessTokenOptions): TokenSource {
  return tokenSourceOf(refreshingAccessToken(options))!;
}

/** Waits for a token until the deadline passes: the refresh that wait started is abandoned. */
async function abandonOne(tokens: TokenSource): Promise<void> {
  const { deadline, expire } = manualDeadline();
  const stuck = tokens.token(undefined, ...waitWith(deadline));
  expire();
  await expect(stuck).rejects.toBeInstanceOf(KlaviyoTimeoutError);
}

describe("refreshingAccessToken", () => {
  test("50 concurrent requests with an expired token cause one refresh", async () => {
    let resolveRefresh!: (token: string) => void;
    const refresh = vi.fn(() => new Promise<string>((resolve) => (resolveRefresh = resolve)));
    const tokens = sourceOf({ accessToken: "expired", refresh });
    expect(await tokens.token(undefined, ...waitWith())).toBe("expired");
    const refreshed = Array.from({ length: 50 }, () => tokens.token("expired", ...waitWith()));
    resolveRefresh("fresh");
    expect(await Promise.all(refreshed)).toEqual(Array(50).fill("fresh"));
    expect(refresh).toHaveBeenCalledTimes(1);
    // A late 401 for the old token does not refresh again.
    expect(await tokens.token("expired", ...waitWith())).toBe("fresh");
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test("a refresh that outlives a deadline is abandoned: the next request refreshes anew, settling late disturbs nothing", async () => {
    const settle: { resolve: (token: string) => void; reject: (error: Error) => void }[] = [];
    const refresh = vi.fn(
      () => new Promise<string>((resolve, reject) => settle.push({ resolve, reject })),
    );
    const tokens = sourceOf({ refresh });
    await abandonOne(tokens);
    const second = tokens.token(undefined, ...waitWith());
    expect(refresh).toHaveBeenCalledTimes(2);
    settle[0]!.reject(new Error("late failure"));
    // The late failure left the second refresh in place: a third caller joins it.
    const third = tokens.token(undefined, ...waitWith());
    expect(refresh).toHaveBeenCalledTimes(2);
    settle[1]!.resolve("fresh");
    expect(await Promise.all([second, third])).toEqual(["fresh", "fresh"]);
  });

  test("a waiter that times out on an abandoned refresh leaves the newer refresh in place", async () => {
    const refresh = vi.fn(() => new Promise<string>(() => undefined));
    const tokens = sourceOf({ refresh });
    const first = manualDeadline();
    const late = manualDeadline();
    const firstWait = tokens.token(undefined, ...waitWith(first.deadline));
    const lateWait = tokens.token(undefined, ...waitWith(late.deadline));
    first.expire();
    await expect(firstWait).rejects.toBeInstanceOf(KlaviyoTimeoutError);
    void tokens.token(undefined, ...waitWith());
    expect(refresh).toHaveBeenCalledTimes(2);
    // The second waiter's deadline passes on the refresh the first abandoned, not on the newer one.
    late.expire();
    await expect(lateWait).rejects.toBeInstanceOf(KlaviyoTimeoutError);
    void tokens.token(undefined, ...waitWith());
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  test("a refresh settling after it was abandoned still stores its token", async () => {
    const settle: ((token: string) => void)[] = [];
    const refresh = vi.fn(() => new Promise<string>((resolve) => settle.push(resolve)));
    const tokens = sourceOf({ refresh });
    await abandonOne(tokens);
    const next = tokens.token(undefined, ...waitWith());
    settle[0]!("late");
    await new Promise((resolve) => setImmediate(resolve));
    // The abandoned refresh stored its token; the refresh that replaced it is still awaited.
    expect(await tokens.token(undefined, ...waitWith())).toBe("late");
    settle[1]!("newer");
    expect(await next).toBe("newer");
    expect(await tokens.token(undefined, ...waitWith())).toBe("newer");
  });

  test("without an initial token the first request fetches one, once", async () => {
    const refresh = vi.fn(async () => "first");
    const tokens = sourceOf({ refresh });
    expect(
      await Promise.all([
        tokens.token(undefined, ...waitWith()),
        tokens.token(undefined, ...waitWith()),
      ]),
    ).toEqual(["first", "first"]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test("a failed refresh is reported to every waiter and the next 401 tries again", async () => {
    const down = new Error("idp down");
    const refresh = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(down)
      .mockResolvedValueOnce("fresh");
    const tokens = sourceOf({ accessToken: "old", refresh });
    const failed = await Promise.allSettled([
      tokens.token("old", ...waitWith()),
      tokens.token("old", ...waitWith()),
    ]);
    for (const result of failed) {
      expect(result).toMatchObject({ status: "rejected", reason: { cause: down } });
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(KlaviyoTokenRefreshError);
    }
    expect(await tokens.token("old", ...waitWith())).toBe("fresh");
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  test.each([
    ["no refresh function", { accessToken: "tok" }, /needs a refresh function/],
    ["a token with a newline", { accessToken: "tok\n", refresh: async () => "t" }, /whitespace/],
  ])("refuses %s", (_, options, want) => {
    expect(() => refreshingAccessToken(options as RefreshingAccessTokenOptions)).toThrow(want);
  });
});
