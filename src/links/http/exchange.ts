// One request and its answer through undici's dispatch interface: callbacks instead of a body stream,
// an AbortController and a timeout signal per request (at 10,000 links those were a fifth of the
// CPU time, most of it garbage). Deadlines are our own timers, held to the millisecond; aborting a
// request destroys only its own connection.
import { StringDecoder } from "node:string_decoder";
import type { Dispatcher } from "undici";
import type { BodyRequest, HttpResponse, Outcome } from "./fetcher.js";

/** Bytes of an unwanted body read to keep a keep-alive connection usable. */
export const DRAIN_LIMIT = 64 * 1024;

/** The longest an unwanted body is waited for before its connection is closed. */
const DRAIN_MS = 1000;
/** After closing a connection: time for the server to notice, before the host's slot is freed. */
const CUT_GRACE_MS = 50;

export interface ExchangeLimits {
  /** Milliseconds until the response headers, from the start. */
  headers: number;
  /** Milliseconds for the body once the headers are in. */
  body: number;
}

/**
 * Resolves with the outcome once the request is over. A body not wanted is drained (up to
 * DRAIN_LIMIT bytes and DRAIN_MS, so the connection can be reused) or cut off with its connection;
 * a wanted one is read until `body.cap` bytes, `body.enough`, its end or the body deadline.
 */
export function exchange(
  dispatcher: Dispatcher,
  options: Dispatcher.DispatchOptions,
  body: BodyRequest | undefined,
  limits: ExchangeLimits,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let controller: Dispatcher.DispatchController | undefined;
    let settled = false;
    let response: HttpResponse | undefined;
    let reading = false;
    let drained = 0;
    let decoder: StringDecoder | undefined;
    let text = "";
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const stop = (reason: string) => {
      clearTimeout(timer);
      if (controller && !controller.aborted) controller.abort(new StopReading(reason));
    };
    // The answer is known at the headers, but the request ends (and frees its place in the host's
    // limit) only once the server's answer has: drained, or cut off and the connection closed.
    let cutting = false;
    const cut = (reason: string) => {
      if (cutting) return;
      cutting = true;
      stop(reason);
      setTimeout(() => settle(answer()), CUT_GRACE_MS);
    };
    const answer = (): Outcome => {
      const read = response as HttpResponse;
      return reading ? { ...read, body: text + (decoder?.end() ?? "") } : read;
    };
    let timer: NodeJS.Timeout = setTimeout(() => {
      settle({
        kind: "error",
        code: "UND_ERR_HEADERS_TIMEOUT",
        message: `no response headers in ${limits.headers} ms`,
      });
      stop("headers deadline");
    }, limits.headers);

    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (settled) c.abort(new StopReading("deadline passed before the request started"));
      },
      onResponseStart(_c, status, headers) {
        if (status < 200 || settled) return; // 1xx: the real answer follows
        clearTimeout(timer);
        response = { kind: "response", status, headers, bytesRead: 0 };
        reading = body !== undefined && options.method === "GET" && status >= 200 && status < 300;
        if (reading) {
          decoder = new StringDecoder("utf8");
          timer = setTimeout(() => {
            settle(answer());
            stop("body deadline");
          }, limits.body);
          return;
        }
        const length = Number(headers["content-length"]);
        if (length > DRAIN_LIMIT) cut("large body not wanted");
        else timer = setTimeout(() => cut("body stalled while drained"), Math.min(DRAIN_MS, limits.body));
      },
      onResponseData(_c, chunk) {
        if (!reading) {
          drained += chunk.length;
          if (drained > DRAIN_LIMIT) cut("large body not wanted");
          return;
        }
        if (settled || !response || !body || !decoder) return;
        const room = body.cap - response.bytesRead;
        text += decoder.write(chunk.length > room ? chunk.subarray(0, room) : chunk);
        response.bytesRead += Math.min(chunk.length, room);
        if (response.bytesRead >= body.cap || body.enough?.(text)) {
          settle(answer());
          stop("read enough");
        }
      },
      onResponseEnd() {
        clearTimeout(timer);
        if (!response) return;
        response.ended = true;
        settle(answer());
      },
      onResponseError(_c, error) {
        if (cutting) return; // settled by the cut, a moment later
        clearTimeout(timer);
        // A body cut off by a deadline or the peer: judge what arrived.
        if (response) return settle(answer());
        settle(networkError(error));
      },
    };
    dispatcher.dispatch(options, handler);
  });
}

/** Why we aborted a request ourselves (never a network error). */
class StopReading extends Error {
  override name = "StopReading";
}

function networkError(error: Error): Outcome {
  const e = error as { code?: string; message?: string; cause?: { code?: string } };
  const code = e.code === "UND_ERR_CONNECT" || !e.code ? (e.cause?.code ?? e.code ?? "ERROR") : e.code;
  return { kind: "error", code, message: e.message ?? String(error) };
}
