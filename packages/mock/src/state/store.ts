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
  /** Members in the order they joined: profile id -> when it joined (`joined_group_at`). */
  members: Map<string, string>;
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

/** One failed operation of a job, in the spec's `APIJobErrorPayload` shape. */
export interface JobError {
  id: string;
  code: string;
  title: string;
  detail: string;
  source: { pointer?: string; parameter?: string };
}

/** What a job's work did: the resources it touched, and the operations that failed. */
export interface JobOutcome {
  ids: string[];
  errors: JobError[];
}

/**
 * A bulk job (profile import, subscribe, catalog create/update/delete); each poll moves it one step
 * towards complete, like Klaviyo's asynchronous jobs, and its work runs when it completes.
 */
export interface StoredJob {
  id: string;
  /** The job's resource type, e.g. `profile-bulk-import-job`, `catalog-item-bulk-create-job`. */
  kind: string;
  status: JobStatus;
  polls: number;
  created: string;
  completed?: string;
  /** Operations the job holds (`total_count`). */
  total: number;
  outcome?: JobOutcome;
  run: () => JobOutcome;
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
      members: new Map(),
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

  createJob(kind: string, total: number, run: () => JobOutcome): StoredJob {
    const job: StoredJob = {
      id: this.newId(kind),
      kind,
      status: "queued",
      polls: 0,
      created: this.timestamp(),
      total,
      run,
    };
    this.jobs.set(job.id, job);
    return job;
  }

  /** Advances a job one step per poll; its work runs once, when it completes. */
  pollJob(job: StoredJob, pollsToComplete: number): void {
    job.polls++;
    if (job.status === "complete") return;
    if (job.polls >= pollsToComplete) {
      job.outcome = job.run();
      job.status = "complete";
      job.completed = this.timestamp();
    } else {
      job.status = "processing";
    }
  }

  /** Adds a member to a list; one already in it keeps the time it joined. */
  joinList(list: StoredList, profileId: string): void {
    if (!list.members.has(profileId)) list.members.set(profileId, this.timestamp());
  }

  #indexEmail(profile: StoredProfile): void {
    const email = profile.attributes.email;
    if (typeof email === "string") this.profilesByEmail.set(email.toLowerCase(), profile.id);
  }
}
