import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { EmbeddedPostgres, SUBGRAPHS, SubgraphEntry } from "@gouvtech/kit";
import { ManagedChild } from "./child-process";
import { startEngines, stopEngines } from "./embedded-engines";
import { freePort } from "./free-port";
import { startOrder } from "./subgraph-order";

export interface StackOptions {
  /** Repository root (holds the compiled services). */
  rootDir?: string;
  /** Where the embedded engines persist (`<dataDir>/pglite/<subgraph>`); `<root>/data` by default. */
  dataDir?: string;
  /** A real PostgreSQL server for every subgraph; no PGlite is started when set. */
  databaseUrl?: string;
  /** Shared by gateway and subgraphs; a random one when absent (never printed). */
  gatewaySecret?: string;
  /** Gateway port (4000 by default, 0 = a free port). */
  gatewayPort?: number;
  /** Per subgraph port (registry default, 0 = a free port). */
  subgraphPorts?: Record<string, number>;
  /** Seed the demo data on first start (true by default). */
  seedDemoData?: boolean;
  /** Run the development OIDC issuer in the gateway (true by default). */
  devOidc?: boolean;
  /** Extra environment for the gateway (limits, rate limits…). */
  gatewayEnv?: Record<string, string>;
  /** Extra environment for every subgraph. */
  subgraphEnv?: Record<string, string>;
  /** Receives every line the services print, prefixed with their name. */
  log?: (line: string) => void;
  readyTimeoutMs?: number;
  subgraphs?: SubgraphEntry[];
}

export interface StackSubgraph {
  name: string;
  port: number;
  url: string;
  process: ManagedChild;
}

export interface RunningStack {
  gatewayUrl: string;
  gatewayPort: number;
  gateway: ManagedChild;
  subgraphs: Map<string, StackSubgraph>;
  /** True when the subgraphs run on embedded PGlite engines. */
  embedded: boolean;
  stop(): Promise<void>;
}

const LOOPBACK = "127.0.0.1";
export const ROOT_DIR = resolve(__dirname, "..", "..");
export const envName = (subgraph: string, suffix: string) => `${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_${suffix}`;

const pickPort = (wanted: number) => (wanted === 0 ? freePort(LOOPBACK) : Promise.resolve(wanted));

/**
 * Starts the whole project as `npm start` does: the embedded engines (unless a database
 * URL is given), every subgraph as a child process in event-feed order, then the gateway.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const rootDir = options.rootDir ?? ROOT_DIR;
  const subgraphs = startOrder(options.subgraphs ?? SUBGRAPHS);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const readyTimeoutMs = options.readyTimeoutMs ?? 300_000;
  const secret = options.gatewaySecret ?? randomBytes(32).toString("base64url");
  const embedded = !options.databaseUrl;
  const engines: Map<string, EmbeddedPostgres> = embedded
    ? await startEngines(
        subgraphs.map((s) => s.name),
        options.dataDir ?? join(rootDir, "data"),
      )
    : new Map();

  const started: ManagedChild[] = [];
  const stopAll = async () => {
    for (const child of [...started].reverse()) await child.stop();
    await stopEngines(engines);
  };

  try {
    const ports = new Map<string, number>();
    for (const s of subgraphs) ports.set(s.name, await pickPort(options.subgraphPorts?.[s.name] ?? s.port));
    const origins = Object.fromEntries(subgraphs.map((s) => [envName(s.name, "URL"), `http://${LOOPBACK}:${ports.get(s.name)}`]));
    // the gateway wants each GraphQL endpoint; subgraphs want each other's origin (event feeds)
    const urls = Object.fromEntries(Object.entries(origins).map(([k, v]) => [k, `${v}/graphql`]));

    const running = new Map<string, StackSubgraph>();
    for (const s of subgraphs) {
      const port = ports.get(s.name)!;
      const child = new ManagedChild({
        name: s.name,
        script: join(rootDir, s.entry),
        cwd: rootDir,
        env: {
          ...process.env,
          ...origins,
          HOST: LOOPBACK,
          PORT: String(port),
          DATABASE_URL: embedded ? engines.get(s.name)!.url : options.databaseUrl,
          DATABASE_EMBEDDED: String(embedded),
          GATEWAY_SECRET: secret,
          SEED_DEMO_DATA: String(options.seedDemoData ?? true),
          ...options.subgraphEnv,
        },
        log,
        readyUrl: `http://${LOOPBACK}:${port}/readyz`,
        readyTimeoutMs,
      });
      started.push(child);
      await child.start();
      running.set(s.name, { name: s.name, port, url: urls[envName(s.name, "URL")], process: child });
    }

    const gatewayPort = await pickPort(options.gatewayPort ?? 4000);
    const gateway = new ManagedChild({
      name: "gateway",
      script: join(rootDir, "gateway", "dist", "index.js"),
      cwd: rootDir,
      env: {
        ...process.env,
        ...urls,
        APOLLO_TELEMETRY_DISABLED: "true",
        PORT: String(gatewayPort),
        GATEWAY_SECRET: secret,
        DEV_OIDC_ENABLED: String(options.devOidc ?? true),
        WEB_DIST_DIR: join(rootDir, "web", "dist"),
        PERSISTED_OPERATIONS_FILE: join(rootDir, "web", "persisted-operations.json"),
        ...options.gatewayEnv,
      },
      log,
      readyUrl: `http://${LOOPBACK}:${gatewayPort}/readyz`,
      readyTimeoutMs,
    });
    started.push(gateway);
    await gateway.start();

    let stopping: Promise<void> | undefined;
    return {
      gatewayUrl: `http://${LOOPBACK}:${gatewayPort}/graphql`,
      gatewayPort,
      gateway,
      subgraphs: running,
      embedded,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
