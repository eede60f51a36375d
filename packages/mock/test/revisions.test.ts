import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateSpecDir, startMock } from "../src/index.js";
import { responseChecker } from "./spec-ajv.js";
import { API_KEY, fillPath } from "./helpers.js";

const specDir = locateSpecDir();
const lock = JSON.parse(readFileSync(join(specDir, "revisions.json"), "utf8")) as {
  revisions: Record<string, { status: string }>;
};
const supported = Object.entries(lock.revisions)
  .filter(([, entry]) => entry.status === "supported")
  .map(([revision]) => revision);

/** Path params get a seeded profile's id: valid wherever an id is looked up in state. */
const SEEDED_ID = "01VP0000000000000000000001";
const STATEFUL_PATH =
  /^\/api\/(lists|profile-bulk-import-jobs|catalog-(items|variants|categories)|catalog-(item|variant|category)-bulk-(create|update|delete)-jobs|tags|tag-groups|templates|campaigns|webhooks|segments)\/\{/;

describe("every supported revision", () => {
  it("is in the lock", () => {
    expect(supported).toContain("2026-04-15");
  });

  it.each(supported)(
    "%s answers every GET with a document valid for that revision",
    async (revision) => {
      const spec = JSON.parse(readFileSync(join(specDir, revision, "stable.json"), "utf8"));
      const checkResponse = responseChecker(spec);
      const mock = await startMock({ revision, specDir, rateLimits: false });
      const problems: string[] = [];
      try {
        for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
          const operation = item.get;
          if (!operation) continue;
          const query = new URLSearchParams();
          const headers: Record<string, string> = {
            authorization: `Klaviyo-API-Key ${API_KEY}`,
            revision,
          };
          for (const p of operation.parameters ?? []) {
            if (!p.required || p.name === "revision") continue;
            const value = String(p.schema?.enum?.[0] ?? p.schema?.example ?? "ABC123");
            if (p.in === "query") query.set(p.name, value);
            if (p.in === "header") headers[p.name] = value;
          }
          if (operation.operationId === "get_campaigns")
            query.set("filter", "equals(messages.channel,'email')");
          const url = `${mock.url}${fillPath(path, operation, () => SEEDED_ID)}${query.size ? `?${query}` : ""}`;
          const response = await fetch(url, { headers });
          const text = await response.text();
          // Stateful collections hold only what was created or seeded: a 404 for an unknown id is correct.
          if (response.status === 404 && STATEFUL_PATH.test(path)) continue;
          if (response.status !== 200) {
            problems.push(`${operation.operationId}: ${response.status} ${text.slice(0, 160)}`);
            continue;
          }
          const issue = checkResponse(path, "get", 200, JSON.parse(text));
          if (issue) problems.push(`${operation.operationId}: ${issue}`);
        }
      } finally {
        await mock.close();
      }
      expect(problems).toEqual([]);
    },
  );
});
