import { UserError } from "../errors.js";
import type { Lock, RevisionStatus } from "../spec/lock.js";

/** Klaviyo serves a revision for two years after its release date, which is the revision's own date. */
export const SUPPORT_YEARS = 2;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(text: string, what: string): Date {
  const match = DATE.exec(text);
  const day = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!day || day.toISOString().slice(0, 10) !== text) {
    throw new UserError(`${what} "${text}" is not a YYYY-MM-DD date`);
  }
  return day;
}

/** The first day a revision is no longer served. */
export function retirementDay(revision: string): Date {
  const released = parseDay(revision, "revision");
  return new Date(
    Date.UTC(
      released.getUTCFullYear() + SUPPORT_YEARS,
      released.getUTCMonth(),
      released.getUTCDate(),
    ),
  );
}

export function statusOn(revision: string, today: Date): RevisionStatus {
  return today < retirementDay(revision) ? "supported" : "retired";
}

export interface StatusChange {
  revision: string;
  from: RevisionStatus;
  to: RevisionStatus;
}

/** The lock with every revision's status recomputed for `today`, and what changed. */
export function applyLifecycle(lock: Lock, today: Date): { lock: Lock; changes: StatusChange[] } {
  const changes: StatusChange[] = [];
  const revisions = Object.fromEntries(
    Object.entries(lock.revisions).map(([revision, entry]) => {
      const to = statusOn(revision, today);
      if (to !== entry.status) changes.push({ revision, from: entry.status, to });
      return [revision, { ...entry, status: to }];
    }),
  );
  return { lock: { ...lock, revisions }, changes };
}
