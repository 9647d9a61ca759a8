// The live progress line on a terminal: redrawn every 100 ms with done/total and the busiest hosts,
// cut to the terminal's width, and cleared when checking ends.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { terminalProgress } from "../../src/links/progress.js";

/** A terminal stream that records what is written. */
function terminal(columns?: number) {
  const written: string[] = [];
  const stream = { columns, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("progress on a terminal", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("every 100 ms: done/total and up to four hosts in flight, busiest first; idle hosts left out", () => {
    const { stream, written } = terminal(200);
    const inFlight = new Map([
      ["a.org", 1],
      ["idle.org", 0],
      ["b.org", 4],
      ["c.org", 2],
      ["d.org", 3],
      ["e.org", 1],
    ]);
    let total = 10;
    const progress = terminalProgress(
      stream,
      () => total,
      () => inFlight,
    );
    vi.advanceTimersByTime(99);
    expect(written).toEqual([]);
    progress.tick();
    progress.tick();
    vi.advanceTimersByTime(1);
    expect(written).toEqual(["\r\x1b[2Kchecking 2/10 · in flight: b.org 4, d.org 3, c.org 2, a.org 1"]);
    progress.tick();
    total = 12;
    inFlight.clear();
    inFlight.set("idle.org", 0);
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toBe("\r\x1b[2Kchecking 3/12");
    progress.stop();
    expect(written.at(-1)).toBe("\r\x1b[2K");
    vi.advanceTimersByTime(1000);
    expect(written).toHaveLength(3);
  });

  test("the line is cut one column short of the terminal's width, 100 columns when it is unknown", () => {
    const narrow = terminal(12);
    terminalProgress(
      narrow.stream,
      () => 1234,
      () => new Map(),
    ).stop();
    const p = terminalProgress(
      narrow.stream,
      () => 1234,
      () => new Map(),
    );
    vi.advanceTimersByTime(100);
    p.stop();
    expect(narrow.written[1]).toBe("\r\x1b[2Kchecking 0/");
    const unknown = terminal();
    const hosts = new Map([[`${"h".repeat(150)}.org`, 1]]);
    const q = terminalProgress(
      unknown.stream,
      () => 1,
      () => hosts,
    );
    vi.advanceTimersByTime(100);
    q.stop();
    expect(unknown.written[0]).toBe(
      `\r\x1b[2K${`checking 0/1 · in flight: ${"h".repeat(150)}`.slice(0, 99)}`,
    );
  });
});
