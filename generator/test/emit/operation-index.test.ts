import { describe, expect, it } from "vitest";
import { emitOperationIndex } from "../../src/emit/operation-index.js";
import { model } from "./model.js";

describe("emitOperationIndex", () => {
  it("lists each distinct limit once and codes every path's methods with their row", () => {
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
        model({ id: "patch_thing", name: "patchThing", method: "PATCH", path: "/api/things/{id}" }),
      ],
      "// header",
    );
    expect(text).toBe(
      [
        "// header",
        'import type { OperationIndex } from "@klaviyo-ts/core";',
        "export const operationIndex: OperationIndex = {",
        "  limits: [[10, 150], [3, 60, 500]],",
        "  routes: {",
        '    "/api/things": "G0P1",',
        '    "/api/things/{id}": "D0A0",',
        "  },",
        "};",
        "",
      ].join("\n"),
    );
  });
});
