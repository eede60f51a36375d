/** Base class of every error the runtime throws, so callers can catch them all with one `instanceof`. */
export class KlaviyoError extends Error {
  override name = "KlaviyoError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** Structured loggers get the message and every field (never the cause, which is not ours to show). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** Options or credentials that cannot work; thrown at construction or call time, before anything is sent. */
export class KlaviyoConfigError extends KlaviyoError {
  override name = "KlaviyoConfigError";
}
