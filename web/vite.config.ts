import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** In development, the gateway (npm start) answers /graphql and the identity provider. */
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/graphql": gateway, "/oidc": gateway, "/.well-known": gateway },
  },
  build: { outDir: "dist", sourcemap: true },
});
