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

/** How many requests the gate lets run at once now: queues 20 held ones, counts, releases them. */
async function capacity(gate: HostGate): Promise<number> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const runs = Array.from({ length: 20 }, () => gate.run(() => held));
  await vi.advanceTimersByTimeAsync(0);
  const running = gate.inFlight;
  release();
  await Promise.all(runs);
  return running;
}

/** Records the answers, in order: "T" a 429, "F" any other. */
function answers(gate: HostGate, sequence: string, pauseMs = 0): void {
  for (const c of sequence) gate.record(c === "T", pauseMs);
}

describe("host gate: the adaptive limit (AIMD)", () => {
  test("two 429s are single URLs rate-limited; the third in a short window halves the limit", async () => {
    const gate = new HostGate("h", { concurrency: 8, interval: 0 });
    answers(gate, "TT");
    expect(await capacity(gate)).toBe(8);
    answers(gate, "T");
    expect(await capacity(gate)).toBe(4);
  });

  test("429s count as a pattern from a fifth of the window: 3 of 15 halve, 3 of 16 do not", async () => {
    const fifth = new HostGate("h", { concurrency: 8, interval: 0 });
    answers(fifth, `${"F".repeat(12)}TTT`);
    expect(await capacity(fifth)).toBe(4);
    const less = new HostGate("h", { concurrency: 8, interval: 0 });
    answers(less, `${"F".repeat(13)}TTT`);
    expect(await capacity(less)).toBe(8);
  });

  test("the window holds the last 20 answers: 4 of them 429 halve the limit, older ones no longer count", async () => {
    // The last 20 answers hold four 429s, the oldest of them first: a fifth, so the limit halves.
    // Over all 50 answers (or the last 19) it would not be a fifth.
    const gate = new HostGate("h", { concurrency: 8, interval: 0 });
    answers(gate, `${"F".repeat(30)}T${"F".repeat(6)}T${"F".repeat(5)}T${"F".repeat(5)}`);
    expect(await capacity(gate)).toBe(8);
    answers(gate, "T");
    expect(await capacity(gate)).toBe(4);
  });

  test("after halving, the window starts over: two more 429s do not halve again, a third does", async () => {
    const gate = new HostGate("h", { concurrency: 8, interval: 0 });
    answers(gate, "TTT");
    answers(gate, "TT");
    expect(await capacity(gate)).toBe(4);
    answers(gate, "T");
    expect(await capacity(gate)).toBe(2);
  });

  test("every two answers without 429 earn one more request in flight, up to the configured limit", async () => {
    const gate = new HostGate("h", { concurrency: 8, interval: 0 });
    answers(gate, "TTT");
    answers(gate, "F");
    expect(await capacity(gate)).toBe(4);
    answers(gate, "F");
    expect(await capacity(gate)).toBe(5);
    answers(gate, "F".repeat(20));
    expect(await capacity(gate)).toBe(8);
  });

  test("a 429 between two good answers starts the count of good answers over", async () => {
    const gate = new HostGate("h", { concurrency: 8, interval: 0 });
    answers(gate, "TTT");
    answers(gate, "FTF");
    expect(await capacity(gate)).toBe(4);
    answers(gate, "F");
    expect(await capacity(gate)).toBe(5);
  });

  test("a host that answers 429 to one request at a time is paused for the delay, once", async () => {
    const gate = new HostGate("h", { concurrency: 1, interval: 0 });
    answers(gate, "T", 100);
    answers(gate, "T", 10); // already paused: the pause is neither cut short nor extended
    answers(gate, "T", 5000);
    const starts: number[] = [];
    const done = Promise.all(recordStarts(gate, starts, 2));
    await vi.advanceTimersByTimeAsync(99);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    await done;
    expect(starts[0]).toBe(100);
    expect(starts).toHaveLength(2);
    expect(await capacity(gate)).toBe(1);
  });

  test("a 429 with no delay to wait does not pause: the next request starts at once", async () => {
    const single = new HostGate("h", { concurrency: 1, interval: 0 });
    answers(single, "T", 0);
    let started = false;
    const run = single.run(async () => {
      started = true;
    });
    await Promise.resolve();
    expect(started).toBe(true);
    await run;
  });

  test("a limit of 2 halves to 1", async () => {
    const two = new HostGate("h", { concurrency: 2, interval: 0 });
    answers(two, "TTT", 100);
    expect(await capacity(two)).toBe(1);
  });
});
