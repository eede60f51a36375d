import { describe, expect, it } from "vitest";
import { splitByModule } from "../../src/model/split-by-module.js";
import { document, operation } from "./document.js";

describe("splitByModule", () => {
  it("groups whole paths by the first tag of their first operation, modules sorted", () => {
    const doc = document({
      "/api/profiles": {
        get: operation({ operationId: "get_profiles", tags: ["Profiles"] }),
        post: operation({ operationId: "create_profile", tags: ["Other Tag"] }),
      },
      "/api/lists": { get: operation({ operationId: "get_lists", tags: ["Lists"] }) },
      "/api/custom-objects": {
        get: operation({ operationId: "get_objects", tags: ["Custom Objects"] }),
      },
      "/api/untagged": { get: operation({ operationId: "get_untagged", tags: [] }) },
      "/api/profiles/{id}": { get: operation({ operationId: "get_profile", tags: ["Profiles"] }) },
    });
    expect([...splitByModule(doc)]).toEqual([
      ["custom-objects", ["/api/custom-objects"]],
      ["lists", ["/api/lists"]],
      ["other", ["/api/untagged"]],
      ["profiles", ["/api/profiles", "/api/profiles/{id}"]],
    ]);
  });
});
