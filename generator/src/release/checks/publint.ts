import { publint } from "publint";
import { formatMessage } from "publint/utils";
import type { ReleaseCheck } from "./check.js";

/** publint on the tarball itself, so what is checked is exactly what would be published. */
export const checkPublint: ReleaseCheck = async (_pkg, _tarball, data) => {
  const tarball = data.buffer.slice(
    data.byteOffset,
    data.byteOffset + data.byteLength,
  ) as ArrayBuffer;
  const { messages, pkg: manifest } = await publint({
    pack: { tarball },
    strict: true,
    level: "warning",
  });
  return messages.map(
    (message) => `publint: ${formatMessage(message, manifest, { color: false }) ?? message.code}`,
  );
};
