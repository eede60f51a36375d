/**
 * Marks an error as ours, so `instanceof` recognises it across copies of this package: the ESM and
 * CommonJS builds of one version loaded side by side, or two installed versions. `Symbol.for` gives
 * every copy the same key.
 */
const BRANDS = Symbol.for("@klaviyo-ts/core/error-brands");

/** Base class of every error the runtime throws, so callers can catch them all with one `instanceof`. */
export class KlaviyoError extends Error {
  /**
   * The class's name that survives minification and is the same in every copy of the package; each
   * error class declares its own, and `instanceof` compares them when the prototypes differ.
   */
  static readonly brand: string = "KlaviyoError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // The name is the brand, so each class states it once; a subclass may still declare its own.
    this.name = (new.target as typeof KlaviyoError).brand;
    Object.defineProperty(this, BRANDS, { value: brandsOf(new.target) });
  }

  /**
   * `error instanceof KlaviyoNotFoundError` holds for an error thrown by another copy of the package
   * too: the prototype check first, then the brands the error was constructed with.
   */
  static override [Symbol.hasInstance]<T>(
    this: abstract new (...args: never[]) => T,
    value: unknown,
  ): value is T {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!Object.hasOwn(this, "brand")) return false;
    // Any value: a primitive has no brands either.
    const brands = (value as { [BRANDS]?: unknown } | null | undefined)?.[BRANDS];
    return Array.isArray(brands) && brands.includes((this as unknown as typeof KlaviyoError).brand);
  }

  /** Structured loggers get the message and every field (never the cause, which is not ours to show). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/**
 * Whether `value` is an error thrown by @klaviyo-ts (any copy, ESM or CommonJS); the same test as
 * `value instanceof KlaviyoError`, for code that prefers a function.
 */
export function isKlaviyoError(value: unknown): value is KlaviyoError {
  return value instanceof KlaviyoError;
}

/** The brands of a class and its ancestors; a user's subclass without its own brand adds none. */
function brandsOf(target: unknown): string[] {
  const brands: string[] = [];
  for (let c = target; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, "brand")) brands.push((c as typeof KlaviyoError).brand);
  }
  return brands;
}

/** Options or credentials that cannot work; thrown at construction or call time, before anything is sent. */
export class KlaviyoConfigError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoConfigError";
}
