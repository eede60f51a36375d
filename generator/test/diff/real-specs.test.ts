import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Change, diffSpecs, type OpenApiDocument } from "../../src/diff/index.js";
import { withoutRevision } from "../../src/diff/revision-text.js";

/** The vendored Klaviyo specs: env KLAVIYO_OPENAPI_DIR, else ../shared/klaviyo-openapi beside the checkout. */
const mirror =
  process.env.KLAVIYO_OPENAPI_DIR ??
  fileURLToPath(new URL("../../../../shared/klaviyo-openapi", import.meta.url));
const available = ["2025-10-15", "2026-01-15"].every((rev) =>
  existsSync(join(mirror, rev, "stable.json")),
);
if (!available) {
  console.warn(
    `real-spec diff tests skipped: no 2025-10-15 and 2026-01-15 specs under ${mirror} (set KLAVIYO_OPENAPI_DIR)`,
  );
}

function load(revision: string): OpenApiDocument {
  return JSON.parse(readFileSync(join(mirror, revision, "stable.json"), "utf8")) as OpenApiDocument;
}

type Param = { name: string; in: string };
type Op = { operationId: string; parameters?: Param[] };

/** Parameters present in both specs whose JSON differs only by the revision in doc links. */
function parametersDifferingOnlyByRevision(
  before: OpenApiDocument,
  after: OpenApiDocument,
): number {
  const byId = (doc: OpenApiDocument) =>
    new Map(
      Object.values(doc.paths ?? {})
        .flatMap((item) => Object.values(item) as Op[])
        .map((op) => [op.operationId, op]),
    );
  const opsAfter = byId(after);
  let count = 0;
  for (const [id, op] of byId(before)) {
    for (const parameter of op.parameters ?? []) {
      if (parameter.in === "header") continue;
      const counterpart = opsAfter
        .get(id)
        ?.parameters?.find((p) => p.name === parameter.name && p.in === parameter.in);
      const a = JSON.stringify(parameter);
      const b = JSON.stringify(counterpart);
      if (counterpart && a !== b && withoutRevision(a) === withoutRevision(b)) count++;
    }
  }
  return count;
}

/** Stands in for a spec when the mirror is missing, so the skipped suite still builds. */
const empty: OpenApiDocument = { openapi: "3.0.2", info: { version: "none" }, paths: {} };

const isParameterChange = (change: Change): boolean =>
  change.kind.startsWith("parameter-") ||
  ("site" in change && /^(query|path|header) /.test(change.site.label)) ||
  (change.kind === "documentation" && /^(query|path|header) /.test(change.where));

describe.skipIf(!available)(
  `diff of the real specs 2025-10-15 -> 2026-01-15 (from ${mirror})`,
  () => {
    const before = available ? load("2025-10-15") : empty;
    const after = available ? load("2026-01-15") : empty;
    const { changes } = diffSpecs(before, after);
    const ofKind = <K extends Change["kind"]>(kind: K) =>
      changes.filter((c): c is Change & { kind: K } => c.kind === kind);

    it("reports create_data_source_record added and nothing removed", () => {
      expect(ofKind("operation-added").map((c) => c.operationId)).toEqual([
        "create_data_source_record",
      ]);
      expect(ofKind("operation-removed")).toEqual([]);
    });

    it("reports the many steady limits that went from 700/m to 750/m", () => {
      const steady = ofKind("rate-limit-changed").filter(
        (c) => c.before.steady === "700/m" && c.after.steady === "750/m",
      );
      expect(steady.length).toBe(67);
      expect(steady.map((c) => c.operationId)).toContain("get_profile");
    });

    it("reports create_client_subscription's burst 100/s -> 350/s", () => {
      expect(
        ofKind("rate-limit-changed").find((c) => c.operationId === "create_client_subscription"),
      ).toMatchObject({
        before: { burst: "100/s" },
        after: { burst: "350/s" },
      });
    });

    it("reports nothing for the hundreds of parameters that differ only by the doc URL", () => {
      expect(parametersDifferingOnlyByRevision(before, after)).toBeGreaterThan(200);
      const parameterChanges = changes.filter(isParameterChange);
      expect(parameterChanges.filter((c) => c.kind === "documentation")).toEqual([]);
      // What remains are real changes: new sparse-fieldset values, two new parameters, narrowed includes.
      expect(parameterChanges.length).toBe(17);
      expect(
        parameterChanges.filter((c) => c.kind === "parameter-added").map((c) => c.operationId),
      ).toEqual(["get_events", "get_profiles"]);
    });
  },
);
