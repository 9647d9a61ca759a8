// The per-host gate on a fake clock: the spacing it promises, to the millisecond, whatever the load.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { HostGate } from "../../src/links/http/host-gate.js";

const T0 = 1_000_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs requests through the gate, each taking `ms`, and returns when each one started. */
function recordStarts(gate: HostGate, starts: number[], count: number, ms = 0): Promise<void>[] {
  return Array.from({ length: count }, () =>
    gate.run(async () => {
      starts.push(Date.now() - T0);
      await new Promise((resolve) => setTimeout(resolve, ms));
    }),
  );
}

describe("host gate: a minimum interval between request starts", () => {
  test("requests queued together start exactly one interval apart", async () => {
    const gate = new HostGate("h", { concurrency: 8, interval: 50 });
    const starts: number[] = [];
    const done = Promise.all(recordStarts(gate, starts, 5));
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(starts).toEqual([0, 50, 100, 150, 200]);
  });

  test("a request arriving late in a window and the next one are still an interval apart", async () => {
    const gate = new HostGate("h", { concurrency: 8, interval: 50 });
    const starts: number[] = [];
    await Promise.all([...recordStarts(gate, starts, 1), vi.advanceTimersByTimeAsync(10)]);
    await vi.advanceTimersByTimeAsync(35); // t = 45: idle, inside the first window
    const later = Promise.all(recordStarts(gate, starts, 2));
    await vi.advanceTimersByTimeAsync(1000);
    await later;
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(starts[1]).toBe(50);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
  });
});
