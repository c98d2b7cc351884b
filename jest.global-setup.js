/**
 * Compiles the services, the gateway and the launcher once before any test file runs:
 * the end-to-end tiers start them as `npm start` does, from their compiled output.
 * Incremental, so it costs little when nothing changed.
 */
const { execFileSync } = require("node:child_process");

module.exports = async () => {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b"], { cwd: __dirname, stdio: "inherit" });
};
