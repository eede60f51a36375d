import type { DateTimeValue, FilterGrammar } from "../../src/filter/grammar.js";

/** get_profiles' and get_campaigns' grammars as the generator emits them, trimmed. */
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

export const profilesGrammar: FilterGrammar = {
  id: { operators: { list: ["any", "equals"], single: ["equals"] }, value: { type: "string" } },
  email: { operators: { list: ["any", "equals"], single: ["equals"] }, value: { type: "string" } },
  created: {
    operators: { single: ["greater-than", "less-than"] },
    value: { type: "string", format: "date-time" },
  },
};
export const eventsGrammar: FilterGrammar = {
  metric_id: { operators: { single: ["equals"] }, value: { type: "string" } },
  profile: { operators: { none: ["has"] } },
  timestamp: { operators: { single: ["greater-than"] }, value: { type: "integer" } },
};
export const campaignsGrammar: FilterGrammar = {
  "messages.channel": {
    operators: { single: ["equals"] },
    value: { type: "string", enum: ["email", "sms", "mobile_push"] },
    required: true,
  },
  archived: { operators: { single: ["equals"] }, value: { type: "boolean" } },
};
