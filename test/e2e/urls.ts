/** Where playwright.config.ts serves the sites the e2e suites read. */
export const SAMPLE_URL = 'http://127.0.0.1:4401';
export const FIXTURES_URL = 'http://127.0.0.1:4402';
export const EMPTY_URL = 'http://127.0.0.1:4403';
