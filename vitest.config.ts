import { defineConfig } from 'vitest/config';

/**
 * Limits are generous on purpose: two `npm test` runs at once on a loaded two-core machine must
 * both pass. Tests never assert timings; they wait for conditions, and a condition that holds
 * is seen at once, so a long limit costs nothing when all is well.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Counts and prints the Calendar requests the emulator checked against Google's discovery document.
    globalSetup: ['test/calendar-requests.setup.ts'],
    // Browser tests share one preview server and one Chromium; run files in parallel, tests in order.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll's own default (one second) fails a browser test whenever the machine is busy.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
