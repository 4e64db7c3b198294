import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Counts and prints the Calendar requests the emulator checked against Google's discovery document.
    globalSetup: ['test/calendar-requests.setup.ts'],
    // Browser tests share one preview server and one Chromium; run files in parallel, tests in order.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
