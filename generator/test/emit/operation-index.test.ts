import { describe, expect, it } from "vitest";
import { emitOperationIndex } from "../../src/emit/operation-index.js";
import { model } from "./model.js";

describe("emitOperationIndex", () => {
  it("maps METHOD /path to [id, burst, steady, daily?], sorted by key", () => {
    const text = emitOperationIndex(
      [
        model({ id: "get_things", name: "getThings" }),
        model({
          id: "create_thing",
          name: "createThing",
          method: "POST",
          rateLimit: { burst: 3, steady: 60, daily: 500 },
        }),
        model({
          id: "delete_thing",
          name: "deleteThing",
          method: "DELETE",
          path: "/api/things/{id}",
        }),
      ],
      "// header",
    );
    expect(text).toBe(
      [
        "// header",
        'import type { OperationIndex } from "@klaviyo-ts/core";',
        "export const operationIndex: OperationIndex = {",
        '  "DELETE /api/things/{id}": ["delete_thing", 10, 150],',
        '  "GET /api/things": ["get_things", 10, 150],',
        '  "POST /api/things": ["create_thing", 3, 60, 500],',
        "};",
        "",
      ].join("\n"),
    );
  });
});
