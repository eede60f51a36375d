import { hashSeed } from "../random.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A 26-character, ULID-looking id (Klaviyo's profile id shape), derived from its inputs. */
export function deriveId(...parts: readonly (string | number)[]): string {
  let out = "01";
  let round = 0;
  while (out.length < 26) {
    let h = hashSeed(...parts, round++);
    for (let i = 0; i < 6 && out.length < 26; i++) {
      out += CROCKFORD[h & 31];
      h >>>= 5;
    }
  }
  return out;
}

/**
 * Seeded ("virtual") profiles are never stored: item i of the collection is rebuilt from its
 * index, which both its id and its email encode so lookups by either stay O(1).
 */
const VIRTUAL_PROFILE_ID = /^01VP(\d{22})$/;
const VIRTUAL_PROFILE_EMAIL = /^seeded-(\d+)@example\.com$/;

export function virtualProfileId(index: number): string {
  return `01VP${String(index).padStart(22, "0")}`;
}

export function virtualProfileEmail(index: number): string {
  return `seeded-${index}@example.com`;
}

export function virtualProfileIndex(id: string): number | undefined {
  const match = VIRTUAL_PROFILE_ID.exec(id);
  return match ? Number(match[1]) : undefined;
}

export function virtualProfileIndexByEmail(email: string): number | undefined {
  const match = VIRTUAL_PROFILE_EMAIL.exec(email);
  return match ? Number(match[1]) : undefined;
}
