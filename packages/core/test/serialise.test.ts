import { describe, expect, test } from "vitest";
import { formBody } from "../src/internal/form-body.js";
import { serialiseRequest as serialise } from "../src/operation/serialise.js";

const BASE = "https://a.klaviyo.com";
const at = (path: string) => ({ operationId: "op", method: "GET" as const, path });
const serialiseRequest = (
  path: string,
  params?: Record<string, unknown>,
  bodyAs: "json" | "form" = "json",
) => {
  const built = serialise(at(path), BASE, params, bodyAs === "form" ? formBody : undefined);
  return { ...built, pathAndQuery: built.url.slice(BASE.length) };
};

describe("serialiseRequest", () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ["no params", "/api/profiles", {}, "/api/profiles"],
    ["path param, encoded", "/api/profiles/{id}", { id: "a b/c" }, "/api/profiles/a%20b%2Fc"],
    [
      "two path params",
      "/api/lists/{id}/relationships/{related}",
      { id: "L1", related: "profiles" },
      "/api/lists/L1/relationships/profiles",
    ],
    [
      "fields and additional fields, comma-joined, brackets literal",
      "/api/profiles",
      {
        fields: { profile: ["email", "first_name"], list: ["name"] },
        additionalFields: { profile: ["subscriptions"] },
      },
      "/api/profiles?fields[profile]=email,first_name&fields[list]=name&additional-fields[profile]=subscriptions",
    ],
    [
      "page",
      "/api/profiles",
      { page: { size: 20, cursor: "x/y=" } },
      "/api/profiles?page[size]=20&page[cursor]=x%2Fy%3D",
    ],
    [
      "include",
      "/api/profiles",
      { include: ["lists", "segments"] },
      "/api/profiles?include=lists,segments",
    ],
    [
      "filter builder objects go through String()",
      "/api/profiles",
      { filter: { toString: () => 'equals(email,"a@b.com")' } },
      "/api/profiles?filter=equals(email%2C%22a%40b.com%22)",
    ],
    [
      "other names as they are; nulls dropped",
      "/api/x",
      { sort: "-created", "page[offset]": 3, skip: null, gone: undefined },
      "/api/x?sort=-created&page[offset]=3",
    ],
    [
      "headers and body are not query params",
      "/api/x",
      { headers: { A: "1" }, body: { b: 1 } },
      "/api/x",
    ],
  ];
  test.each(cases)("%s", (_, path, params, want) => {
    expect(serialiseRequest(path, params).pathAndQuery).toBe(want);
  });

  test("headers are lower-cased, body is JSON", () => {
    expect(
      serialiseRequest("/x", { headers: { "X-Trace": "t", Gone: undefined }, body: { a: 1 } }),
    ).toEqual({
      url: `${BASE}/x`,
      pathAndQuery: "/x",
      headers: { "x-trace": "t" },
      body: '{"a":1}',
    });
    expect(serialiseRequest("/x").headers).toBeUndefined();
  });

  test("a missing path param is an error", () => {
    expect(() => serialiseRequest("/api/profiles/{id}", {})).toThrow(
      'GET /api/profiles/{id}: missing path parameter "id"',
    );
  });

  test("a form operation's body becomes multipart fields: files as they are, the rest as text", async () => {
    const file = new Blob(["png bytes"], { type: "image/png" });
    const { body } = serialiseRequest(
      "/api/image-upload",
      { body: { file, name: "logo", hidden: false, alt: undefined } },
      "form",
    );
    if (!(body instanceof FormData)) throw new Error("want a form");
    expect([...body.keys()]).toEqual(["file", "name", "hidden"]);
    expect(await (body.get("file") as Blob).text()).toBe("png bytes");
    expect(body.get("name")).toBe("logo");
    expect(body.get("hidden")).toBe("false");
    const given = new FormData();
    expect(serialiseRequest("/x", { body: given }, "form").body).toBe(given);
  });
});
