import http from "node:http";
import { devToken, gql, startExtraGateway, startTestStack, TestStack } from "./harness";

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
}, 600_000);

afterAll(() => stack?.close());

const SPANNING = `{ solutions(first: 3) { edges { node { name reviews(first: 1) { totalCount } } } } }`;
type Spanning = { solutions: { edges: { node: { name: string; reviews: { totalCount: number } | null } }[] } };
const readyz = async () => {
  const res = await fetch(`${stack.base}/readyz`);
  return { status: res.status, body: (await res.json()) as { subgraphs: Record<string, string> } };
};
async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}

it("/healthz and /readyz answer; /metrics is Prometheus text", async () => {
  expect((await fetch(`${stack.base}/healthz`)).status).toBe(200);
  const ready = await readyz();
  expect(ready.status).toBe(200);
  expect(Object.keys(ready.body.subgraphs).sort()).toEqual([...stack.subgraphs.keys()].sort());
  const metrics = await fetch(`${stack.base}/metrics`);
  expect(metrics.headers.get("content-type")).toContain("text/plain");
  expect(await metrics.text()).toContain("gateway_graphql_requests_total");
});

it("with METRICS_TOKEN, /metrics answers only a scraper sending that bearer token", async () => {
  const token = "scraper-token-0123456789abcdef";
  const gw = await startExtraGateway(stack, { METRICS_TOKEN: token });
  try {
    for (const authorization of [undefined, "Bearer wrong-token-0123456789abcdef", token, `Basic ${token}`]) {
      const refused = await fetch(`${gw.base}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(refused.status).toBe(401);
      expect(refused.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    const scraped = await fetch(`${gw.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain("gateway_graphql_requests_total");
  } finally {
    await gw.stop();
  }
  await expect(startExtraGateway(stack, { METRICS_TOKEN: "short" })).rejects.toThrow(/METRICS_TOKEN/);
});

it("a request id comes back in the response and in the gateway's log", async () => {
  const r = await gql(stack.gatewayUrl, "{ categories { code } }", { headers: { "x-request-id": "e2e-request-42" } });
  expect(r.headers.get("x-request-id")).toBe("e2e-request-42");
  await until(async () => stack.logs.some((l) => l.startsWith("[gateway]") && l.includes('"requestId":"e2e-request-42"')));
  const generated = await gql(stack.gatewayUrl, "{ categories { code } }", { headers: { "x-request-id": "bad id with spaces" } });
  expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

it("a subgraph killed mid-run: partial data and an error naming it; /readyz unready; restarted: ready again, same gateway", async () => {
  const token = await devToken(stack.base, "agent");
  const before = await gql<Spanning>(stack.gatewayUrl, SPANNING, { token });
  expect(before.errors).toBeUndefined();
  expect(before.data!.solutions.edges.length).toBeGreaterThan(0);
  const gatewayPid = stack.gateway.pid;

  const community = stack.subgraphs.get("community")!;
  community.process.signal("SIGKILL");
  await community.process.waitExit();

  const partial = await gql<Spanning>(stack.gatewayUrl, SPANNING, { token });
  expect(partial.status).toBe(200);
  expect(partial.data!.solutions.edges.map((e) => e.node.name)).toEqual(before.data!.solutions.edges.map((e) => e.node.name));
  expect(partial.data!.solutions.edges.every((e) => e.node.reviews === null)).toBe(true);
  expect(partial.errors![0].message).toContain("community");
  expect(partial.errors![0].extensions).toMatchObject({ service: "community" });
  expect(JSON.stringify(partial.errors)).not.toMatch(/https?:\/\/|127\.0\.0\.1|stacktrace|ECONNREFUSED/);

  const unready = await readyz();
  expect(unready.status).toBe(503);
  expect(unready.body.subgraphs.community).toBe("unready");

  await community.process.start();
  await until(async () => (await readyz()).status === 200);
  const after = await gql<Spanning>(stack.gatewayUrl, SPANNING, { token });
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(before.data);
  expect(stack.gateway.pid).toBe(gatewayPid);
});

it("SIGTERM during a slow request: it completes, new connections are refused", async () => {
  const body = JSON.stringify({ query: "{ categories { code } }" });
  const half = Math.floor(body.length / 2);
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", reject);
    req.write(body.slice(0, half));
    // the request is in flight (headers sent, body half sent) when the gateway is told to stop
    setTimeout(() => {
      stack.gateway.signal("SIGTERM");
      until(async () =>
        fetch(`${stack.base}/healthz`).then(
          () => false,
          () => true,
        ),
      ).then(
        () => req.end(body.slice(half)),
        (err) => reject(err),
      );
    }, 300);
  });
  const done = await response;
  expect(done.status).toBe(200);
  expect(JSON.parse(done.text).data.categories.length).toBeGreaterThan(0);
  expect(await stack.gateway.waitExit()).toBe(0);
});
