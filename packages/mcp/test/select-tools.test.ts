import type { KlaviyoTool } from "@klaviyo-ts/core";
import { describe, expect, it } from "vitest";
import { selectTools } from "../src/select-tools.js";

const tool = (name: string, method: KlaviyoTool["method"], tags: string[], scopes: string[]) =>
  ({ name, method, tags, scopes }) as unknown as KlaviyoTool;

const tools = [
  tool("get_profiles", "GET", ["Profiles"], ["profiles:read"]),
  tool("create_profile", "POST", ["Profiles"], ["profiles:write"]),
  tool("get_lists", "GET", ["Lists"], ["lists:read"]),
  tool("delete_list", "DELETE", ["Lists"], ["lists:write"]),
];

describe("selectTools", () => {
  it.each([
    [
      { readOnly: false, selectors: [] },
      ["get_profiles", "create_profile", "get_lists", "delete_list"],
    ],
    [{ readOnly: true, selectors: [] }, ["get_profiles", "get_lists"]],
    [{ readOnly: false, selectors: ["get_lists"] }, ["get_lists"]],
    [{ readOnly: false, selectors: ["tag:profiles"] }, ["get_profiles", "create_profile"]],
    [{ readOnly: false, selectors: ["scope:lists:write"] }, ["delete_list"]],
    [{ readOnly: false, selectors: ["scope:lists"] }, ["get_lists", "delete_list"]],
    [{ readOnly: true, selectors: ["tag:Lists", "create_profile"] }, ["get_lists"]],
  ])("%j", (selection, names) => {
    expect(selectTools(tools, selection).map((t) => t.name)).toEqual(names);
  });

  it.each(["get_profile", "tag:Nope", "scope:events"])(
    "refuses %s, which matches nothing",
    (selector) => {
      expect(() => selectTools(tools, { readOnly: false, selectors: [selector] })).toThrow(
        `"${selector}" matches no operation`,
      );
    },
  );
});
