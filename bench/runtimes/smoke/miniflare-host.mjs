// Runs under Node 22+ (miniflare 4's floor): loads the bundled worker into workerd and calls it once.
import { Miniflare } from "miniflare";

const [scriptPath, mockUrl] = process.argv.slice(2);
const mf = new Miniflare({
  modules: true,
  scriptPath,
  compatibilityDate: "2025-09-01",
  bindings: { MOCK_URL: mockUrl },
});
try {
  const response = await mf.dispatchFetch("http://worker.local/");
  const text = await response.text();
  console.log(text);
  process.exitCode = response.status === 200 ? 0 : 1;
} finally {
  await mf.dispose();
}
