/** The part of @klaviyo-ts/mock's API the probes use (the mock is imported from its build by path). */
export interface MockServer {
  url: string;
  startupMs: number;
  close(): Promise<void>;
}

export declare function startMock(options: {
  revision: string;
  rateLimits?: boolean;
  state?: { profiles?: number };
}): Promise<MockServer>;
