import { startMock, type MockServer } from "@klaviyo-ts/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tools as betaTools, revision as betaRevision } from "../src/beta-tools.js";
import { getList, getLists, updateList } from "../src/index.js";
import { createKlaviyo, revision, tools } from "../src/tools.js";

// The catalogue over real HTTP: what a tool call puts on the wire is what the operation function
// would send, since the tool goes through it.
let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ revision: "2026-04-15", seed: 1 });
});
afterAll(() => mock.close());
beforeEach(() => mock.clearRequests());

const client = () => createKlaviyo({ apiKey: "pk_test_tools", baseUrl: mock.url });
const tool = (name: string) => {
  const found = tools.find((t) => t.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
};

describe("the tool catalogue of 2026-04-15", () => {
  it("has one tool per operation function, by operationId, and the beta tools on .pre", () => {
    expect(revision).toBe("2026-04-15");
    expect(betaRevision).toBe("2026-04-15.pre");
    expect(tool("get_lists").path).toBe(getLists.meta.path);
    expect(tool("update_list").method).toBe(updateList.meta.method);
    expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
    expect(betaTools.length).toBeGreaterThan(0);
  });

  it("sends a tool call exactly as the operation function sends the same params", async () => {
    const lists = (await getLists(client(), { page: { size: 1 } })).data;
    const id = lists[0]?.id ?? "";
    mock.clearRequests();
    await getList(client(), { id, fields: { list: ["name"] }, include: ["tags"] });
    await tool("get_list").call(client(), { id, fields_list: ["name"], include: ["tags"] });
    const [direct, viaTool] = mock.requests;
    expect(viaTool?.path).toBe(direct?.path);
    expect(viaTool?.query).toEqual(direct?.query);
    expect(viaTool?.status).toBe(200);
  });

  it("takes the filter as Klaviyo's string syntax, which the grammar in its description allows", async () => {
    const description = String(
      (tool("get_lists").inputSchema.properties as Record<string, { description?: string }>).filter
        ?.description,
    );
    expect(description).toMatch(/^name: .*equals/m);
    await tool("get_lists").call(client(), { filter: 'equals(name,"Newsletter")' });
    expect(mock.requests.at(-1)?.query.filter).toBe('equals(name,"Newsletter")');
    expect(mock.requests.at(-1)?.status).toBe(200);
  });
});
