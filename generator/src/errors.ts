/**
 * An error caused by what the user gave us (arguments, lock file, spec files, mirror folder).
 * The CLI prints its message on one line and exits non-zero, without a stack trace:
 * the message alone must say what is wrong and, where it can, what to do.
 */
export class UserError extends Error {
  override name = "UserError";
}
