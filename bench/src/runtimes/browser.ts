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

/**
 * Serves a page with the bundled browser entry from its own loopback origin (so calls to the mock
 * are cross-origin), opens it in Debian's Chromium with a fresh profile, and returns its verdict.
 */
export async function runInChromium(dir: string, mockUrl: string): Promise<string> {
  const script = readFileSync(await bundleEntry(dir, "browser-entry.mjs", ["browser"]));
  const server = createServer((req, res) => {
    if (req.url?.startsWith("/smoke.js")) {
      res.writeHead(200, { "content-type": "text/javascript" });
      return res.end(script);
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
    await page.goto(`${pageUrl}?mock=${encodeURIComponent(mockUrl)}`);
    await page.waitForFunction("window.smokeResult !== undefined", undefined, { timeout: 30_000 });
    return await page.evaluate<string>("window.smokeResult");
  } finally {
    await context?.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
