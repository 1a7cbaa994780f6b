/**
 * Where playwright.config.ts serves the sites the e2e suites read. The ports
 * start at JIANFAN_E2E_PORT (default 4400), so two checkouts on one machine
 * can run their browser tests side by side without reading each other's site.
 */
const base = Number(process.env['JIANFAN_E2E_PORT']) || 4400;
export const SAMPLE_PORT = base + 1;
export const FIXTURES_PORT = base + 2;
export const EMPTY_PORT = base + 3;
export const SAMPLE_URL = `http://127.0.0.1:${SAMPLE_PORT}`;
export const FIXTURES_URL = `http://127.0.0.1:${FIXTURES_PORT}`;
export const EMPTY_URL = `http://127.0.0.1:${EMPTY_PORT}`;
/** The offline suite builds and rebuilds its own site and serves it here (test/e2e/offline.spec.ts). */
export const OFFLINE_PORT = base + 4;
