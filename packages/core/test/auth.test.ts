import { describe, expect, test, vi } from "vitest";
import { createAuthorizer } from "../src/auth/authorizer.js";
import { SecretRedactor } from "../src/auth/secret-redactor.js";
import { validateCredentials, type CredentialOptions } from "../src/auth/credentials.js";
import { createTokenSource } from "../src/auth/token-source.js";
import { KlaviyoConfigError } from "../src/index.js";

describe("validateCredentials", () => {
  const refresh = async () => "token";
  const cases: [string, CredentialOptions, RegExp | undefined][] = [
    ["nothing", {}, /No credentials/],
    ["a private key", { apiKey: "pk_abc123" }, undefined],
    ["a public key", { publicKey: "AbC123" }, undefined],
    ["both kinds of key", { apiKey: "pk_abc123", publicKey: "AbC123" }, undefined],
    ["an OAuth token", { accessToken: "tok" }, undefined],
    ["only a refresh callback", { refreshAccessToken: refresh }, undefined],
    ["a public key as apiKey", { apiKey: "AbC123" }, /looks like a public key/],
    ["garbage as apiKey", { apiKey: "sk_live_1" }, /start with "pk_"/],
    ["a private key as publicKey", { publicKey: "pk_abc123" }, /looks like a private key/],
    ["garbage as publicKey", { publicKey: "abc" }, /6 letters or digits/],
    ["apiKey and a token", { apiKey: "pk_abc123", accessToken: "tok" }, /either apiKey/],
    ["an apiKey with a tab", { apiKey: "pk_abc\t123" }, /apiKey contains whitespace/],
    ["a token with a newline", { accessToken: "tok\n" }, /accessToken contains whitespace/],
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
  test("private key goes in the Authorization header", async () => {
    const auth = createAuthorizer({ apiKey: "pk_abc" }, new SecretRedactor());
    expect(await auth.authorize("private", "get_profiles")).toEqual({
      header: "Klaviyo-API-Key pk_abc",
    });
    expect(await auth.refreshAfter401({ header: "Klaviyo-API-Key pk_abc" })).toBe(false);
  });

  test("public endpoints get the company id and never an Authorization header", async () => {
    const auth = createAuthorizer({ apiKey: "pk_abc", publicKey: "AbC123" }, new SecretRedactor());
    expect(await auth.authorize("public", "create_client_event")).toEqual({ companyId: "AbC123" });
  });

  test("a private key alone cannot call a client endpoint", () => {
    const auth = createAuthorizer({ apiKey: "pk_abc" }, new SecretRedactor());
    expect(() => auth.authorize("public", "create_client_event")).toThrow(
      /create_client_event is a client endpoint/,
    );
  });

  test("a public key alone cannot call a private endpoint", () => {
    const auth = createAuthorizer({ publicKey: "AbC123" }, new SecretRedactor());
    expect(() => auth.authorize("private", "get_profiles")).toThrow(/needs a private apiKey/);
  });

  test("OAuth: bearer token, refreshed once after a 401", async () => {
    const refresh = vi.fn(async () => "fresh");
    const auth = createAuthorizer(
      { accessToken: "old", refreshAccessToken: refresh },
      new SecretRedactor(),
    );
    const used = await auth.authorize("private", "get_profiles");
    expect(used).toEqual({ header: "Bearer old", token: "old" });
    expect(await auth.refreshAfter401(used)).toBe(true);
    expect(await auth.authorize("private", "get_profiles")).toEqual({
      header: "Bearer fresh",
      token: "fresh",
    });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test("OAuth without a refresh callback cannot recover from a 401", async () => {
    const auth = createAuthorizer({ accessToken: "old" }, new SecretRedactor());
    expect(await auth.refreshAfter401(await auth.authorize("private", "x"))).toBe(false);
  });
});

describe("createTokenSource", () => {
  test("50 concurrent requests with an expired token cause one refresh", async () => {
    let resolveRefresh!: (token: string) => void;
    const refresh = vi.fn(() => new Promise<string>((resolve) => (resolveRefresh = resolve)));
    const tokens = createTokenSource("expired", refresh);
    const refreshed = Array.from({ length: 50 }, () => tokens.refresh("expired"));
    resolveRefresh("fresh");
    expect(await Promise.all(refreshed)).toEqual(Array(50).fill("fresh"));
    expect(refresh).toHaveBeenCalledTimes(1);
    // A late 401 for the old token does not refresh again.
    expect(await tokens.refresh("expired")).toBe("fresh");
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test("an abandoned refresh gives way to a new one, and settling late disturbs nothing", async () => {
    const settle: { resolve: (token: string) => void; reject: (error: Error) => void }[] = [];
    const refresh = vi.fn(
      () => new Promise<string>((resolve, reject) => settle.push({ resolve, reject })),
    );
    const tokens = createTokenSource(undefined, refresh);
    const stuck = tokens.current();
    tokens.abandon();
    const second = tokens.current();
    expect(refresh).toHaveBeenCalledTimes(2);
    settle[0]!.reject(new Error("late failure"));
    await expect(stuck).rejects.toThrow("late failure");
    // The late failure left the second refresh in place: a third caller joins it.
    const third = tokens.current();
    expect(refresh).toHaveBeenCalledTimes(2);
    settle[1]!.resolve("fresh");
    expect(await Promise.all([second, third])).toEqual(["fresh", "fresh"]);
    const again = createTokenSource(undefined, refresh);
    const old = again.current();
    again.abandon();
    const next = again.current();
    settle[2]!.resolve("late");
    expect(await old).toBe("late");
    settle[3]!.resolve("newer");
    expect(await next).toBe("newer");
  });

  test("without an initial token the first request fetches one, once", async () => {
    const refresh = vi.fn(async () => "first");
    const tokens = createTokenSource(undefined, refresh);
    expect(await Promise.all([tokens.current(), tokens.current()])).toEqual(["first", "first"]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test("a failed refresh is reported to every waiter and the next 401 tries again", async () => {
    const refresh = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("idp down"))
      .mockResolvedValueOnce("fresh");
    const tokens = createTokenSource("old", refresh);
    await expect(Promise.all([tokens.refresh("old"), tokens.refresh("old")])).rejects.toThrow(
      "idp down",
    );
    expect(await tokens.refresh("old")).toBe("fresh");
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  test("without a callback, refresh fails", async () => {
    await expect(createTokenSource(undefined, undefined).current()).rejects.toThrow(
      /no refreshAccessToken/,
    );
  });
});
