import { readStackOptions } from "./config";
import { startStack } from "./start-stack";

/** `npm start`: the whole project on this machine, no Docker, no database server. */
async function main() {
  const options = readStackOptions();
  const stack = await startStack(options);
  console.log(`[stack] GraphQL endpoint ready: http://localhost:${stack.gatewayPort}/graphql`);
  if (stack.embedded) console.log("[stack] embedded PostgreSQL (PGlite), data in ./data/pglite");
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[stack] ${signal}: stopping the gateway, the subgraphs, then the engines`);
    stack.stop().then(
      () => process.exit(0),
      (err) => {
        console.error("[stack] shutdown failed", err);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((err) => {
  console.error(`[stack] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
