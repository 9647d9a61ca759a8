// Politeness per host: at most N requests in flight, a minimum interval between starts, and an
// adaptive slow-down when the host answers 429 (halve the limit; pause a host that refuses even one).
import pLimit, { type LimitFunction } from "p-limit";

export interface HostLimits {
  concurrency: number;
  /** Minimum milliseconds between two request starts on this host. */
  interval: number;
}

export class HostGate {
  private readonly limit: LimitFunction;
  private nextStart = 0;
  private pausedUntil = 0;
  private successes = 0;

  constructor(
    readonly host: string,
    private readonly limits: HostLimits,
  ) {
    this.limit = pLimit(limits.concurrency);
  }

  /** Runs one request when the host's limits allow it. */
  run<T>(request: () => Promise<T>): Promise<T> {
    return this.limit(async () => {
      for (;;) {
        const now = Date.now();
        const wait = Math.max(this.pausedUntil, this.nextStart) - now;
        if (wait <= 0) break;
        await sleep(wait);
      }
      this.nextStart = Date.now() + this.limits.interval;
      return request();
    });
  }

  get inFlight(): number {
    return this.limit.activeCount;
  }

  get concurrency(): number {
    return this.limit.concurrency;
  }

  /**
   * The host said 429: halve the requests in flight (AIMD). Only a host that still says 429 to
   * one request at a time is paused as a whole for `pauseMs`; the refused request itself waits
   * its Retry-After either way. One URL's 429 thus slows its host without stopping it.
   */
  slowDown(pauseMs: number): void {
    if (this.limit.concurrency > 1) this.limit.concurrency = Math.floor(this.limit.concurrency / 2);
    else this.pausedUntil = Math.max(this.pausedUntil, Date.now() + pauseMs);
    this.successes = 0;
  }

  /** Every two successes earn one more request in flight, up to the configured limit. */
  recover(): void {
    if (this.limit.concurrency >= this.limits.concurrency) return;
    if (++this.successes >= 2) {
      this.limit.concurrency += 1;
      this.successes = 0;
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
