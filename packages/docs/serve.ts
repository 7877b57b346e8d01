// Serves dist/ on 127.0.0.1: `pnpm docs:serve [-- --port 8080]`. The browser test uses serveDocs().
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".png": "image/png",
};

export const distDir = resolve(import.meta.dirname, "dist");

export async function serveDocs(
  options: { port?: number; host?: string; dir?: string } = {},
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const root = options.dir ?? distDir;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://docs.invalid").pathname);
    const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    // Nothing outside dist/ is served.
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    }
  });
  server.listen(options.port ?? 8080, options.host ?? "127.0.0.1");
  await Promise.race([once(server, "listening"), once(server, "error").then(([e]) => Promise.reject(e as Error))]);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port ?? "") || port > 65535) {
    console.error(`--port: expected a whole number from 0 to 65535, got "${values.port}"`);
    process.exit(2);
  }
  const { url } = await serveDocs({ port });
  console.log(`Copilot Spaces API reference at ${url}/ (Ctrl-C to stop)`);
}
