import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json",
};

/** Paths the gateway answers (GraphQL, the identity provider, health). */
const isGatewayPath = (path: string) => /^\/(graphql|dev-oidc|healthz|readyz)(\/|$|\?)/.test(path);

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves web/dist with the SPA fallback and forwards the gateway's paths to it: what the
 * gateway itself must do at http://localhost:4000/ (same origin as /graphql).
 */
export async function serveWeb(distDir: string, gatewayOrigin: string): Promise<WebServer> {
  const gateway = new URL(gatewayOrigin);
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (isGatewayPath(path)) {
      const upstream = request(
        { host: gateway.hostname, port: gateway.port, path, method: req.method, headers: { ...req.headers, host: gateway.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => {
        res.writeHead(502).end();
      });
      req.pipe(upstream);
      return;
    }
    const pathname = decodeURIComponent(path.split("?")[0]);
    const file = normalize(join(distDir, pathname));
    const isAsset = file.startsWith(distDir) && existsSync(file) && statSync(file).isFile();
    const target = isAsset ? file : join(distDir, "index.html");
    res.writeHead(200, {
      "content-type": TYPES[extname(target)] ?? "application/octet-stream",
      "cache-control": isAsset && pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
