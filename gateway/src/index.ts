import { createLogger, stopOnSignals } from "@gouvtech/kit";
import { readGatewayConfig } from "./config";
import { startGateway } from "./server/start-gateway";

process.env.APOLLO_TELEMETRY_DISABLED = "true";

async function main() {
  const config = readGatewayConfig();
  const logger = createLogger("gateway", config.logLevel);
  const gateway = await startGateway(config, logger);
  stopOnSignals(gateway.stop, logger);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
