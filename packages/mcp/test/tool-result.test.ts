import { describe, expect, it } from "vitest";
import { KlaviyoNotFoundError } from "@klaviyo-ts/core";
import { documentResult, errorResult, scrubber } from "../src/tool-result.js";

const none = (text: string) => text;
const textOf = (result: { content: unknown[] }) => (result.content[0] as { text: string }).text;

const profile = (id: string) => ({
  type: "profile",
  id,
  attributes: { email: `${id}@example.com` },
  relationships: {
    lists: { links: { self: "https://a.klaviyo.com/x" }, data: [{ type: "list", id: "L1" }] },
  },
  links: { self: `https://a.klaviyo.com/api/profiles/${id}/` },
});

describe("documentResult", () => {
  it("states the next page's cursor and drops resource links", () => {
    const result = documentResult(
      "get_profiles",
      {
        data: [profile("a"), profile("b")],
        links: {
          next: "https://a.klaviyo.com/api/profiles?page%5Bcursor%5D=bmV4dA&page%5Bsize%5D=2",
        },
      },
      50_000,
      none,
    );
    const [note, json] = textOf(result).split("\n");
    expect(note).toBe('2 items. More pages: call get_profiles again with page_cursor "bmV4dA".');
    expect(JSON.parse(json ?? "")).toEqual({
      data: [
        {
          type: "profile",
          id: "a",
          attributes: { email: "a@example.com" },
          relationships: { lists: [{ type: "list", id: "L1" }] },
        },
        {
          type: "profile",
          id: "b",
          attributes: { email: "b@example.com" },
          relationships: { lists: [{ type: "list", id: "L1" }] },
        },
      ],
    });
  });

  it("says when a page is the last", () => {
    expect(textOf(documentResult("get_lists", { data: [] }, 50_000, none))).toBe(
      '0 items. This is the last page.\n{"data":[]}',
    );
  });

  it("cuts a listing to the items that fit, saying so", () => {
    const data = Array.from({ length: 100 }, (_, i) => profile(`p${i}`));
    const text = textOf(documentResult("get_profiles", { data }, 2_000, none));
    expect(text).toMatch(/Cut to \d+ of 100 items/);
    expect(text.split("\n").at(-1)?.length).toBeLessThanOrEqual(2_000);
  });

  it("answers a bodiless success (202) in words", () => {
    expect(textOf(documentResult("create_event", undefined, 50_000, none))).toBe(
      "Done (no content).",
    );
  });
});

describe("errorResult", () => {
  it("carries Klaviyo's errors, the status and the error's name, secrets scrubbed", () => {
    const error = new KlaviyoNotFoundError({
      status: 404,
      errors: [{ code: "not_found", title: "Not found", detail: "no profile pk_secret_1" }],
      operationId: "get_profile",
      method: "GET",
      path: "/api/profiles/{id}",
    });
    const result = errorResult(error, scrubber(["pk_secret_1"]));
    expect(result.isError).toBe(true);
    const body = JSON.parse(textOf(result)) as Record<string, unknown>;
    expect(body).toMatchObject({
      error: "KlaviyoNotFoundError",
      status: 404,
      errors: [{ code: "not_found", title: "Not found", detail: "no profile [redacted]" }],
    });
    expect(textOf(result)).not.toContain("pk_secret_1");
  });
});
