import { describe, expect, it } from 'vitest';

import { isoTimeField } from '@/lib/observability/log-time';

describe("the log line's time", () => {
  it('is the ISO 8601 time of each line, across seconds, minutes, days and years', () => {
    const instants = [
      Date.UTC(2026, 11, 6, 18, 14, 53, 54),
      Date.UTC(2026, 11, 6, 18, 14, 53, 999),
      Date.UTC(2026, 11, 6, 18, 14, 54, 0),
      Date.UTC(2026, 11, 6, 18, 14, 54, 7),
      Date.UTC(2026, 11, 6, 23, 59, 59, 500),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(2027, 0, 1, 0, 0, 0, 1),
      Date.UTC(2027, 0, 1, 0, 0, 0, 1),
    ];
    let now = 0;
    const field = isoTimeField(() => now);
    for (const instant of instants) {
      now = instant;
      expect(field()).toBe(`,"time":"${new Date(instant).toISOString()}"`);
    }
  });

  it('follows a clock that steps back', () => {
    let now = Date.UTC(2026, 11, 6, 18, 0, 1, 250);
    const field = isoTimeField(() => now);
    field();
    now = Date.UTC(2026, 11, 6, 17, 59, 59, 900);
    expect(field()).toBe(',"time":"2026-12-06T17:59:59.900Z"');
  });
});
