// The preview server for browser tests listens on a port the OS gives (PORT=0)
// and says which: no fixed or random range that Chromium may refuse
// (net::ERR_UNSAFE_PORT) or another run may hold.
import { get } from "node:http";
import { ensureBuilt, serve } from "./built-preview";

jest.setTimeout(300_000);

const status = (url: string) =>
  new Promise<number>((resolve, reject) => get(url, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on("error", reject));

it("two servers at once get two OS-given ports, each serving the preview", async () => {
  await ensureBuilt();
  const [a, b] = await Promise.all([serve(), serve()]);
  try {
    const ports = [a.url, b.url].map((u) => Number(new URL(u).port));
    expect(ports[0]).not.toBe(ports[1]);
    for (const p of ports) expect(p).toBeGreaterThan(0);
    expect(await status(`${a.url}/preview.html`)).toBe(200);
    expect(await status(`${b.url}/preview.html`)).toBe(200);
  } finally {
    a.stop();
    b.stop();
  }
});
