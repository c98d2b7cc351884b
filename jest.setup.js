process.env.APOLLO_TELEMETRY_DISABLED = "true";
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "silent";
require("reflect-metadata");
