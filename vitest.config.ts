import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Counts and prints the Calendar requests the emulator checked against Google's discovery document.
    globalSetup: ['test/calendar-requests.setup.ts'],
    // Browser tests share one preview server and one Chromium; run files in parallel, tests in order.
    testTimeout: 20_000,
    // A condition gets generous time (the machine may be busy with another suite), never a 1 s poll.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
  },
});
