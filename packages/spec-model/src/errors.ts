/**
 * A spec the model cannot read: an operation without an id, a rate limit it cannot parse, an
 * extension of the wrong shape. Each consumer decides how to surface it (the generator as a
 * one-line CLI error, the mock as a failed start), so the message alone must say what is wrong.
 */
export class SpecError extends Error {
  override name = "SpecError";
}
