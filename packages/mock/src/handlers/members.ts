import type { MockResponse } from "../http/response.js";
import { matchesFilter } from "../request/filter-match.js";
import { sortedBy } from "../request/sort.js";
import { virtualProfileEmail } from "../state/ids.js";
import type { HandlerContext } from "./context.js";
import { overlay, paginate } from "./documents.js";
import { findProfile, profileIdOf, profileResource, type ProfileRef } from "./profiles.js";

interface Member {
  ref: ProfileRef;
  joinedAt: string;
}

/** What a member filter or sort reads: the profile's fields and when it joined the group. */
function readMember({ ref, joinedAt }: Member): (field: string) => unknown {
  return (field) => {
    if (field === "joined_group_at") return joinedAt;
    if (field === "id" || field === "profile_id") return profileIdOf(ref);
    if ("stored" in ref) return ref.stored.attributes[field];
    return field === "email" ? virtualProfileEmail(ref.index) : undefined;
  };
}

/**
 * A list's or segment's members (profile id -> `joined_group_at`) as the operation answers them:
 * its filter and sort applied, then one page of profiles, or of profile ids for the relationship
 * endpoints.
 */
export function membersAnswer(
  ctx: HandlerContext,
  members: ReadonlyMap<string, string>,
): MockResponse {
  const filter = ctx.query.filter;
  const present: Member[] = [];
  for (const [id, joinedAt] of members) {
    const ref = findProfile(ctx, id);
    if (ref) present.push({ ref, joinedAt });
  }
  const selected = sortedBy(
    filter ? present.filter((member) => matchesFilter(filter, readMember(member))) : present,
    ctx.query.sort,
    readMember,
  );
  if (ctx.operation.path.includes("/relationships/")) {
    return paginate(ctx, selected.length, (i) => ({
      type: "profile",
      id: profileIdOf((selected[i] as Member).ref),
    }));
  }
  return paginate(ctx, selected.length, (i) => {
    const { ref, joinedAt } = selected[i] as Member;
    const resource = profileResource(ctx, ref);
    return overlay(ctx, resource, resource.id as string, { joined_group_at: joinedAt });
  });
}
