import { describe, expect, it } from "vitest";
import { applyLifecycle, parseDay, retirementDay, statusOn } from "../../src/lifecycle/status.js";
import { parseLock } from "../../src/spec/lock.js";
import { GOOD_STABLE, lockFor } from "../spec/fixture-mirror.js";

describe("the two-year support policy", () => {
  const cases: { revision: string; today: string; want: "supported" | "retired" }[] = [
    { revision: "2025-01-15", today: "2026-11-22", want: "supported" },
    { revision: "2024-10-15", today: "2026-11-22", want: "retired" },
    { revision: "2025-01-15", today: "2027-01-14", want: "supported" },
    { revision: "2025-01-15", today: "2027-01-15", want: "retired" },
    { revision: "2024-02-29", today: "2026-02-28", want: "supported" },
    { revision: "2024-02-29", today: "2026-03-01", want: "retired" },
  ];
  it.each(cases)("$revision on $today is $want", ({ revision, today, want }) => {
    expect(statusOn(revision, parseDay(today, "today"))).toBe(want);
  });

  it("retires on the same calendar day two years later", () => {
    expect(retirementDay("2026-04-15").toISOString().slice(0, 10)).toBe("2028-04-15");
  });

  it.each(["2026-02-30", "2026-4-15", "yesterday", ""])("rejects the date %j", (text) => {
    expect(() => parseDay(text, "--today")).toThrow(`--today "${text}" is not a YYYY-MM-DD date`);
  });

  it("recomputes the lock's statuses and lists what changed", () => {
    const one = lockFor({ stable: GOOD_STABLE }, "2025-01-15");
    const lock = parseLock({
      ...one,
      revisions: { ...one.revisions, ...lockFor({ stable: GOOD_STABLE }, "2026-04-15").revisions },
    });
    const { lock: next, changes } = applyLifecycle(lock, parseDay("2027-06-01", "today"));
    expect(changes).toEqual([{ revision: "2025-01-15", from: "supported", to: "retired" }]);
    expect(next.revisions["2026-04-15"]!.status).toBe("supported");
    expect(lock.revisions["2025-01-15"]!.status).toBe("supported");
  });
});
