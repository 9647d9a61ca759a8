// Links started per host, a few at a time: the rest wait as plain items in a list, not as a chain of
// suspended requests (at 10,000 links, thousands of those lived through several garbage collections
// each: most of the collector's work and of the peak memory).

export class Admission<T> {
  private readonly hosts = new Map<string, { active: number; waiting: T[]; next: number }>();
  private outstanding = 0;
  private failure: { error: unknown } | undefined;
  private idle: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  /**
   * @param room how many items of a key may be in progress at once
   * @param start runs one item; its promise settles when the item is done
   */
  constructor(
    private readonly room: (key: string) => number,
    private readonly start: (item: T) => Promise<void>,
  ) {}

  /** Starts `item` now if its key has room, else when an earlier item of that key is done. */
  add(key: string, item: T): void {
    let host = this.hosts.get(key);
    if (!host) {
      host = { active: 0, waiting: [], next: 0 };
      this.hosts.set(key, host);
    }
    this.outstanding++;
    if (host.active < this.room(key)) this.run(key, host, item);
    else host.waiting.push(item);
  }

  /** Settles once every item added so far is done; rejects with the first error an item threw. */
  done(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.idle = { resolve, reject };
    });
  }

  private run(key: string, host: { active: number; waiting: T[]; next: number }, item: T): void {
    host.active++;
    this.start(item).then(
      () => this.finished(key, host),
      (error: unknown) => {
        this.failure ??= { error };
        this.finished(key, host);
      },
    );
  }

  private finished(key: string, host: { active: number; waiting: T[]; next: number }): void {
    host.active--;
    this.outstanding--;
    if (host.next < host.waiting.length) {
      const item = host.waiting[host.next] as T;
      host.next++;
      // The list is emptied once drained, so a long one is not held to the end of the run.
      if (host.next === host.waiting.length) {
        host.waiting = [];
        host.next = 0;
      }
      this.run(key, host, item);
    }
    if (this.outstanding === 0 && this.idle) {
      const { resolve, reject } = this.idle;
      this.idle = undefined;
      if (this.failure) reject(this.failure.error);
      else resolve();
    }
  }
}
