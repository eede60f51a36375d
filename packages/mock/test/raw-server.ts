import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { locateSpecDir } from "../src/index.js";

export type RawMode = "ok" | "wrong-bytes" | "404" | "hang";

/** A stand-in for raw.githubusercontent.com serving the checkout's real spec bytes. */
export interface RawServer {
  readonly url: string;
  /** Paths requested, in order. */
  readonly requests: string[];
  mode: RawMode;
  close(): Promise<void>;
}

export interface LockedSpec {
  bytes: Uint8Array;
  sha256: string;
  /** Where the lock says the file is upstream: /<repository>/<commit>/<path>. */
  urlPath: string;
}

/** Read from the checkout, independently of the mock's bundled pins. */
export function lockedSpec(revision: string): LockedSpec {
  const specDir = locateSpecDir();
  const lock = JSON.parse(readFileSync(join(specDir, "revisions.json"), "utf8"));
  const entry = lock.revisions[revision];
  const file = entry.files["stable.json"];
  return {
    bytes: readFileSync(join(specDir, revision, "stable.json")),
    sha256: file.sha256,
    urlPath: `/${entry.source.repository}/${file.commit}/${file.path}`,
  };
}

export async function startRawServer(spec: LockedSpec): Promise<RawServer> {
  const requests: string[] = [];
  const hanging: ServerResponse[] = [];
  const state: { mode: RawMode } = { mode: "ok" };
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (state.mode === "hang") {
      hanging.push(res);
      return;
    }
    if (req.url !== spec.urlPath || state.mode === "404") {
      res.writeHead(404, { "content-type": "text/plain" }).end("404: Not Found");
      return;
    }
    const body = Buffer.from(spec.bytes);
    // A mirror serving another version: same size, one byte off.
    if (state.mode === "wrong-bytes")
      body.writeUInt8(body.readUInt8(body.length - 2) ^ 1, body.length - 2);
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get mode() {
      return state.mode;
    },
    set mode(mode) {
      state.mode = mode;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
