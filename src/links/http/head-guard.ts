// Keep-alive after HEAD, guarded. undici closes a connection after every HEAD because a server may
// never finish its answer (it streams a body it then does not send): the next request on that
// connection would wait behind it. We keep the connection (a new one per link cost a third of the
// CPU time) and guard the request that follows a HEAD on it instead: no headers within a short
// deadline (4 × the HEAD's own time, at least a second) and only that connection is destroyed; the
// request is then sent again, unguarded, without counting as an attempt.
import { Client, type Dispatcher, Pool } from "undici";

/** The code of the error a guarded request fails with when its connection is given up. */
export const STALE_CONNECTION = "SYLLABUS_STALE_CONNECTION";
/** Set on dispatch options: send without the guard (a request sent again after one). */
export const UNGUARDED = Symbol("unguarded");

const MIN_GUARD_MS = 1000;
const GUARD_FACTOR = 4;

class StaleConnection extends Error {
  readonly code = STALE_CONNECTION;
  constructor(ms: number) {
    super(`no answer in ${ms} ms on a connection reused after a HEAD; sent again on another`);
  }
}

/** One connection that knows whether its last answer was to a HEAD, and how fast it came. */
class GuardedClient extends Client {
  private afterHead = false;
  private headMs = 0;

  constructor(origin: string | URL, options: Client.Options) {
    super(origin, options);
    this.on("disconnect", () => {
      this.afterHead = false;
    });
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const unguarded = (options as { [UNGUARDED]?: boolean })[UNGUARDED] === true;
    const guard = this.afterHead && !unguarded ? Math.max(MIN_GUARD_MS, GUARD_FACTOR * this.headMs) : 0;
    this.afterHead = false;
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    // Inside a pool, handlers reach a client in undici's older callback form: forwarded whole.
    const inner = handler as LegacyHandler;
    const wrapped: LegacyHandler = {
      onConnect: (abort, context) => {
        if (guard > 0) timer = setTimeout(() => abort(new StaleConnection(guard)), guard);
        return inner.onConnect?.(abort, context);
      },
      onHeaders: (status, headers, resume, text) => {
        clearTimeout(timer);
        return inner.onHeaders?.(status, headers, resume, text) ?? true;
      },
      onData: (chunk) => inner.onData?.(chunk) ?? true,
      onComplete: (trailers) => {
        clearTimeout(timer);
        if (options.method === "HEAD") {
          this.afterHead = true;
          this.headMs = Date.now() - started;
        }
        return inner.onComplete?.(trailers);
      },
      onError: (error) => {
        clearTimeout(timer);
        return inner.onError?.(error);
      },
      onUpgrade: (status, headers, socket) => inner.onUpgrade?.(status, headers, socket),
      onResponseStarted: () => inner.onResponseStarted?.(),
      onBodySent: (size, total) => inner.onBodySent?.(size, total),
    };
    return super.dispatch(options, wrapped as Dispatcher.DispatchHandler);
  }
}

type LegacyHandler = Omit<
  Pick<
    Dispatcher.DispatchHandler,
    "onHeaders" | "onData" | "onComplete" | "onError" | "onUpgrade" | "onResponseStarted" | "onBodySent"
  >,
  never
> & { onConnect?(abort: (error?: Error) => void, context?: unknown): void };

/** For undici's Agent: a pool per origin whose connections guard the request after a HEAD. */
export function guardedPool(origin: string | URL, options: Pool.Options): Dispatcher {
  return new Pool(origin, {
    ...options,
    factory: (o: string | URL, clientOptions: object) =>
      new GuardedClient(o, clientOptions as Client.Options),
  });
}
