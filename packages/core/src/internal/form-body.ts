/**
 * A multipart body from its fields: Blobs (files) as they are, anything else as text. Generated
 * operations whose body is a form (the image upload) pass it to defineOperation, so programs that
 * call none of them do not bundle it.
 */
export function formBody(body: unknown): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(name, value);
    else form.append(name, String(value));
  }
  return form;
}

/** A body with a file among its fields: only the image upload's, since JSON cannot carry one. */
export function hasFile(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    Object.values(body).some((value) => value instanceof Blob)
  );
}
