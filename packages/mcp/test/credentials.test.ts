import { describe, expect, it } from "vitest";
import { credentialsFromEnvironment } from "../src/credentials.js";

describe("credentialsFromEnvironment", () => {
  it.each([
    [{ KLAVIYO_API_KEY: "pk_a" }, { apiKey: "pk_a" }, ["pk_a"]],
    [{ KLAVIYO_ACCESS_TOKEN: "tok" }, { accessToken: "tok" }, ["tok"]],
    [
      { KLAVIYO_API_KEY: " pk_a ", KLAVIYO_BASE_URL: "http://127.0.0.1:4010" },
      { apiKey: "pk_a", baseUrl: "http://127.0.0.1:4010" },
      ["pk_a"],
    ],
  ])("%j", (env, options, secrets) => {
    expect(credentialsFromEnvironment(env)).toEqual({ options, secrets });
  });

  it.each([
    [{}, /no credentials/],
    [{ KLAVIYO_API_KEY: "  " }, /no credentials/],
    [{ KLAVIYO_API_KEY: "pk_a", KLAVIYO_ACCESS_TOKEN: "tok" }, /not both/],
  ])("refuses %j without echoing a secret", (env, message) => {
    expect(() => credentialsFromEnvironment(env)).toThrow(message);
    try {
      credentialsFromEnvironment(env);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/pk_a|tok\b/);
    }
  });
});
