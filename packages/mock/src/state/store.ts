import { deriveId } from "./ids.js";
import { ResourceTables } from "./resources.js";

export type Attributes = Record<string, unknown>;

export interface StoredProfile {
  id: string;
  attributes: Attributes;
  created: string;
  updated: string;
}

export interface StoredList {
  id: string;
  name: string;
  created: string;
  updated: string;
  /** Insertion-ordered membership. */
  profileIds: Set<string>;
}

export interface StoredMetric {
  id: string;
  name: string;
  created: string;
}

export interface StoredEvent {
  id: string;
  metricId: string;
  profileId: string;
  datetime: string;
  properties: Attributes;
  value?: number;
  uniqueId: string;
}

export type JobStatus = "queued" | "processing" | "complete";

/** A bulk job; each poll moves it one step towards complete, like Klaviyo's asynchronous jobs. */
export interface StoredJob {
  id: string;
  kind: "profile-bulk-import-job" | "profile-subscription-bulk-create-job";
  status: JobStatus;
  polls: number;
  created: string;
  completed?: string;
  profiles: Attributes[];
  listIds: string[];
  profileIds: string[];
}

/** In-memory state for the resources a realistic flow touches; everything else is generated. */
export class Store {
  readonly profiles = new Map<string, StoredProfile>();
  readonly profilesByEmail = new Map<string, string>();
  readonly lists = new Map<string, StoredList>();
  readonly metrics = new Map<string, StoredMetric>();
  readonly metricsByName = new Map<string, string>();
  readonly events = new Map<string, StoredEvent>();
  readonly jobs = new Map<string, StoredJob>();
  /** Catalogs, tags, templates, campaigns, webhooks and segments (handlers/resources.ts). */
  readonly resources = new ResourceTables();
  #counter = 0;

  constructor(
    private readonly seed: number,
    private readonly now: () => number,
  ) {}

  newId(kind: string): string {
    return deriveId(this.seed, kind, this.#counter++);
  }

  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  createProfile(attributes: Attributes): StoredProfile {
    const at = this.timestamp();
    const profile: StoredProfile = {
      id: this.newId("profile"),
      attributes,
      created: at,
      updated: at,
    };
    this.profiles.set(profile.id, profile);
    this.#indexEmail(profile);
    return profile;
  }

  updateProfile(profile: StoredProfile, attributes: Attributes): void {
    const email = profile.attributes.email;
    if (typeof email === "string") this.profilesByEmail.delete(email.toLowerCase());
    for (const [key, value] of Object.entries(attributes)) {
      if (value !== undefined) profile.attributes[key] = value;
    }
    profile.updated = this.timestamp();
    this.#indexEmail(profile);
  }

  profileByEmail(email: string): StoredProfile | undefined {
    const id = this.profilesByEmail.get(email.toLowerCase());
    return id ? this.profiles.get(id) : undefined;
  }

  /** Klaviyo's identify semantics: update the profile with that email, or create one. */
  upsertProfile(attributes: Attributes): StoredProfile {
    const email = typeof attributes.email === "string" ? attributes.email : undefined;
    const existing = email ? this.profileByEmail(email) : undefined;
    if (existing) {
      this.updateProfile(existing, attributes);
      return existing;
    }
    return this.createProfile({ ...attributes });
  }

  createList(name: string): StoredList {
    const at = this.timestamp();
    const list: StoredList = {
      id: this.newId("list"),
      name,
      created: at,
      updated: at,
      profileIds: new Set(),
    };
    this.lists.set(list.id, list);
    return list;
  }

  metricNamed(name: string): StoredMetric {
    const existing = this.metricsByName.get(name);
    if (existing) return this.metrics.get(existing) as StoredMetric;
    const metric: StoredMetric = { id: this.newId("metric"), name, created: this.timestamp() };
    this.metrics.set(metric.id, metric);
    this.metricsByName.set(name, metric.id);
    return metric;
  }

  addEvent(event: Omit<StoredEvent, "id">): StoredEvent {
    const stored = { ...event, id: this.newId("event") };
    this.events.set(stored.id, stored);
    return stored;
  }

  createJob(kind: StoredJob["kind"], profiles: Attributes[], listIds: string[]): StoredJob {
    const job: StoredJob = {
      id: this.newId(kind),
      kind,
      status: "queued",
      polls: 0,
      created: this.timestamp(),
      profiles,
      listIds,
      profileIds: [],
    };
    this.jobs.set(job.id, job);
    return job;
  }

  /** Advances a job one step per poll; on completion its profiles land in state and lists. */
  pollJob(job: StoredJob, pollsToComplete: number): void {
    job.polls++;
    if (job.status === "complete") return;
    if (job.polls >= pollsToComplete) {
      for (const attributes of job.profiles) {
        const profile = this.upsertProfile(attributes);
        job.profileIds.push(profile.id);
        for (const listId of job.listIds) this.lists.get(listId)?.profileIds.add(profile.id);
      }
      job.status = "complete";
      job.completed = this.timestamp();
    } else {
      job.status = "processing";
    }
  }

  #indexEmail(profile: StoredProfile): void {
    const email = profile.attributes.email;
    if (typeof email === "string") this.profilesByEmail.set(email.toLowerCase(), profile.id);
  }
}
