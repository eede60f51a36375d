export const REDACTED = "[redacted]";

/**
 * Every credential value a client holds (its API key, its current and every refreshed access token),
 * and the one place that removes them from text a server or a fetch implementation wrote. A proxy
 * that echoes the Authorization header into an error body must not put the key into a message,
 * a stack, a log line or a hook payload.
 */
export class SecretRedactor {
  readonly #secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (!secret) return;
    this.#secrets.add(secret);
    // Header names reach us lower-cased, and a key's lower-cased spelling gives most of it away.
    this.#secrets.add(secret.toLowerCase());
  }

  redact(text: string): string {
    for (const secret of this.#secrets) {
      if (text.includes(secret)) text = text.split(secret).join(REDACTED);
    }
    return text;
  }

  /**
   * A parsed body with every string (keys too) redacted. Redacting the raw text is not enough: a
   * JSON body may spell the key with escapes (`\u0070k_...`, PHP's `\/`) that parsing undoes.
   */
  redactParsed(value: unknown): unknown {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((item) => this.redactParsed(item));
    if (value === null || typeof value !== "object") return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      copy[this.redact(key)] = this.redactParsed(item);
    return copy;
  }

  /**
   * `error` itself when it mentions no secret; otherwise a copy (name, message, stack, code, cause)
   * with them replaced, or "[redacted]" in place of a value that is not an Error.
   */
  redactError(error: unknown): unknown {
    if (typeof error === "string") return this.redact(error);
    if (!this.#mentions(error, 0)) return error;
    // A thrown value that is not an Error (some fetch polyfills reject with the request itself):
    // no part of it is worth the risk of copying.
    if (!(error instanceof Error)) return REDACTED;
    const copy = new Error(this.redact(error.message), {
      cause: this.redactError((error as { cause?: unknown }).cause),
    });
    copy.name = error.name;
    copy.stack = this.redact(error.stack ?? "");
    const { code } = error as { code?: unknown };
    if (typeof code === "string") Object.assign(copy, { code });
    return copy;
  }

  /**
   * Plain objects and arrays are searched too: fetch wrappers attach the request they failed on
   * (axios's `config.headers`), Authorization header included. A copy keeps none of them. Each
   * object is visited once: such a request links back to its socket, its agent and itself.
   */
  #mentions(value: unknown, depth: number, visited = new WeakSet<object>()): boolean {
    if (typeof value === "string") return this.redact(value) !== value;
    if (value === null || typeof value !== "object" || depth > 8 || visited.has(value))
      return false;
    visited.add(value);
    const texts: unknown[] = Object.values(value);
    if (value instanceof Error) texts.push(value.message, value.stack, value.cause);
    return texts.some((text) => this.#mentions(text, depth + 1, visited));
  }
}
