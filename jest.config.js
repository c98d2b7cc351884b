/** One jest run for every package; tiers by suffix: *.test.ts, *.int.test.ts, *.e2e.test.ts. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }] },
  moduleNameMapper: {
    "^@gouvtech/kit$": "<rootDir>/services/kit/src",
    "^@gouvtech/kit/(.*)$": "<rootDir>/services/kit/src/$1",
  },
  testMatch: ["<rootDir>/{services/*,gateway,stack,web}/{src,test}/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  setupFiles: ["<rootDir>/jest.setup.js"],
  globalSetup: "<rootDir>/jest.global-setup.js",
  testTimeout: 60_000,
};
