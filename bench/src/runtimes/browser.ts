import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleEntry } from "./bundle.js";
import { tools } from "./tools.js";

const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface Page {
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: string): Promise<T>;
  waitForFunction(fn: string, arg?: unknown, options?: { timeout: number }): Promise<unknown>;
  on(event: "pageerror", listener: (error: Error) => void): void;
  on(event: "console", listener: (message: { type(): string; text(): string }) => void): void;
}
interface Context {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: {
    launchPersistentContext(dir: string, options: Record<string, unknown>): Promise<Context>;
  };
}

/** A page to open: its bundled script, and other files served from the page's origin by path. */
interface SmokePage {
  script: string;
  files?: Record<string, { path: string; type: string }>;
  query?: string;
}

/**
 * Serves a page with the bundled browser entry from its own loopback origin (so calls to the mock
 * are cross-origin), opens it in Debian's Chromium with a fresh profile, and returns its verdict.
 */
export async function runInChromium(dir: string, mockUrl: string): Promise<string> {
  return openSmokePage({
    script: await bundleEntry(dir, "browser-entry.mjs", ["browser"]),
    query: `?mock=${encodeURIComponent(mockUrl)}`,
  });
}

/**
 * msw's setupWorker in Chromium: the page's origin serves the bundled entry, msw's
 * mockServiceWorker.js (copied from the installed package, as `msw init` does) and the revision's
 * spec, which the mock takes as `spec` since a browser has no file system to read it from.
 */
export async function runMswInChromium(dir: string, specPath: string): Promise<string> {
  // The mock's spec reader (node:fs) sits behind a dynamic import that `spec` makes unreachable;
  // a single-file bundle hoists its imports, so they are stubbed.
  const nodeBuiltins = ["fs", "fs/promises", "path", "os", "crypto"];
  return openSmokePage({
    script: await bundleEntry(dir, "browser-msw-entry.mjs", ["browser"], nodeBuiltins),
    files: {
      "/mockServiceWorker.js": {
        path: join(dir, "node_modules/msw/lib/mockServiceWorker.js"),
        type: "text/javascript",
      },
      "/stable.json": { path: specPath, type: "application/json" },
    },
  });
}

async function openSmokePage(smoke: SmokePage): Promise<string> {
  const script = readFileSync(smoke.script);
  const server = createServer((req, res) => {
    const path = req.url?.split("?")[0] ?? "/";
    if (path === "/smoke.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      return res.end(script);
    }
    const file = smoke.files?.[path];
    if (file) {
      res.writeHead(200, { "content-type": file.type });
      return res.end(readFileSync(file.path));
    }
    res.writeHead(200, { "content-type": "text/html" });
    res.end('<!doctype html><script type="module" src="/smoke.js"></script>');
  }).listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const pageUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  const profile = mkdtempSync(join(tmpdir(), "klaviyo-ts-chromium-"));
  let context: Context | undefined;
  try {
    // playwright-core is CommonJS: its exports arrive as the module's default.
    const playwright = (await import(pathToFileURL(tools.playwright).href)) as {
      default: Playwright;
    };
    context = await playwright.default.chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: chromiumFlags,
    });
    const page = await context.newPage();
    // A script that fails before setting window.smokeResult would otherwise show only as a timeout.
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.stack || error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(`${pageUrl}${smoke.query ?? ""}`);
    try {
      await page.waitForFunction("window.smokeResult !== undefined", undefined, {
        timeout: 30_000,
      });
    } catch (error) {
      throw new Error([(error as Error).message, ...pageErrors].join("\n"), { cause: error });
    }
    return await page.evaluate<string>("window.smokeResult");
  } finally {
    await context?.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
