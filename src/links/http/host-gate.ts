// Politeness per host: at most N requests in flight, a minimum interval between starts, and an
// adaptive slow-down when the host keeps answering 429 (halve the limit; pause one that refuses even one).
import PQueue from "p-queue";

const WINDOW = 20;
/** 429s in the window before they count as a pattern rather than one rate-limited URL. */
const MIN_LIMITED = 3;

export interface HostLimits {
  concurrency: number;
  /** Minimum milliseconds between two request starts on this host. */
  interval: number;
}

/** Follow-ups (a retry, a redirect hop, GET after HEAD) go before first requests on the host. */
export const FOLLOW_UP = 1;
/**
 * A retry after a timeout goes after the host's first requests: it may hang as long again, and
 * URLs not yet asked should not wait behind it.
 */
export const AFTER_TIMEOUT = -1;

export class HostGate {
  // p-queue: concurrency that can change while running, priorities, and a start-interval cap.
  private readonly queue: PQueue;
  private successes = 0;
  /** Whether each of the last WINDOW answers was a 429. */
  private recent: boolean[] = [];
  private resumeTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly host: string,
    private readonly limits: HostLimits,
  ) {
    this.queue = new PQueue({
      concurrency: limits.concurrency,
      // Strict (a sliding window): fixed windows let two starts fall either side of a boundary, 1 ms apart.
      ...(limits.interval > 0 ? { interval: limits.interval, intervalCap: 1, strict: true } : {}),
    });
  }

  /** Runs one request when the host's limits allow it. */
  run<T>(request: () => Promise<T>, priority = 0): Promise<T> {
    return this.queue.add(request, { priority });
  }

  get inFlight(): number {
    return this.queue.pending;
  }

  /**
   * Every answer of the host, for the adaptive limit (AIMD). A host that answers 429 to a fifth or
   * more of its recent requests gets half as many in flight; one that says 429 even to a single
   * request at a time is paused for `pauseMs`. A lone 429 (one URL rate-limited) only delays that
   * URL, by its Retry-After. Every two answers without 429 earn one more request in flight.
   */
  record(limited: boolean, pauseMs = 0): void {
    this.recent.push(limited);
    if (this.recent.length > WINDOW) this.recent.shift();
    if (!limited) {
      if (this.queue.concurrency < this.limits.concurrency && ++this.successes >= 2) {
        this.queue.concurrency += 1;
        this.successes = 0;
      }
      return;
    }
    this.successes = 0;
    const share = this.recent.filter(Boolean).length;
    if (this.queue.concurrency === 1) this.pause(pauseMs);
    else if (share >= MIN_LIMITED && share * 5 >= this.recent.length) {
      this.queue.concurrency = Math.floor(this.queue.concurrency / 2);
      this.recent = [];
    }
  }

  private pause(ms: number): void {
    if (ms <= 0 || this.resumeTimer) return;
    this.queue.pause();
    this.resumeTimer = setTimeout(() => {
      this.resumeTimer = undefined;
      this.queue.start();
    }, ms);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
