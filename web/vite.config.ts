import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** In development, the gateway (npm start) answers /graphql and the identity provider. */
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";

const proxy = { "/graphql": gateway, "/dev-oidc": gateway };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: { outDir: "dist", sourcemap: true },
});
