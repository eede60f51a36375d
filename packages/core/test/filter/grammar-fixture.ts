import type { DateTimeValue, FilterGrammarCode } from "../../src/filter/grammar.js";

/** get_profiles', get_events' and get_campaigns' grammars as the generator emits them, trimmed. */
export type ProfilesGrammar = {
  id: { single: "equals"; list: "any" | "equals"; value: string };
  email: { single: "equals"; list: "any" | "equals"; value: string };
  created: { single: "greater-than" | "less-than"; value: DateTimeValue };
};
export type EventsGrammar = {
  metric_id: { single: "equals"; value: string };
  profile: { none: "has" };
  datetime: {
    single: "greater-or-equal" | "greater-than" | "less-or-equal" | "less-than";
    value: DateTimeValue;
  };
  timestamp: { single: "greater-than"; value: number };
};
export type CampaignsGrammar = {
  "messages.channel": { single: "equals"; value: "email" | "sms" | "mobile_push"; required: true };
  name: { single: "contains"; value: string };
  archived: { single: "equals"; value: boolean };
};

// Codes of the grammars above, as the generator emits them (spec-model's filter-code.ts).
export const profilesGrammar: FilterGrammarCode = {
  id: "a/ba:s",
  email: "a/ba:s",
  created: "hj:d",
};
export const eventsGrammar: FilterGrammarCode = {
  metric_id: "a:s",
  profile: "//l",
  timestamp: "h:i",
};
export const campaignsGrammar: FilterGrammarCode = {
  "messages.channel": ["a:s!", "email", "sms", "mobile_push"],
  archived: "a:b",
};
