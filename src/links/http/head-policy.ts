// HEAD first, where sensible, learned per host: a host that refuses HEAD (405/501) twice is asked
// with GET from then on; a host whose HEAD 404/410 was confirmed by GET three times, and never
// contradicted, is trusted on HEAD alone. Saves a request per link without trusting blindly.
// A HEAD costs a new connection (undici closes it: an answer that never ends cannot be told from
// one that did), a GET with a short body keeps it: a host with many links is asked with GET after
// its first HEADs, until one of its GET bodies has to be cut off (long or endless), then HEAD again.

const REFUSALS_BEFORE_GET = 2;
const CONFIRMATIONS_BEFORE_TRUST = 3;
/** HEAD answers from a host before its links are asked with GET (connections kept). */
export const HEADS_BEFORE_GET = 8;

interface HostRecord {
  refusals: number;
  confirmations: number;
  contradicted: boolean;
  heads: number;
  /** A GET body of the host was cut off: GET does not keep its connections. */
  longBodies: boolean;
}

export class HeadPolicy {
  private readonly hosts = new Map<string, HostRecord>();

  constructor(private readonly configured: (host: string) => "HEAD" | "GET") {}

  private record(host: string): HostRecord {
    let record = this.hosts.get(host);
    if (!record) {
      record = { refusals: 0, confirmations: 0, contradicted: false, heads: 0, longBodies: false };
      this.hosts.set(host, record);
    }
    return record;
  }

  method(host: string): "HEAD" | "GET" {
    if (this.configured(host) === "GET") return "GET";
    const record = this.record(host);
    if (record.refusals >= REFUSALS_BEFORE_GET) return "GET";
    return record.heads >= HEADS_BEFORE_GET && !record.longBodies ? "GET" : "HEAD";
  }

  /** After every answer: HEADs are counted; a GET answer cut off before its end ends GET-for-speed. */
  answered(host: string, method: "HEAD" | "GET", ended: boolean): void {
    const record = this.record(host);
    if (method === "HEAD") record.heads++;
    else if (!ended) record.longBodies = true;
  }

  /** After a HEAD answer that is not ok: whether GET should be asked too. */
  needsGet(host: string, headStatus: number): boolean {
    const record = this.record(host);
    const gone = headStatus === 404 || headStatus === 410;
    return !(gone && !record.contradicted && record.confirmations >= CONFIRMATIONS_BEFORE_TRUST);
  }

  learn(host: string, headStatus: number, getStatus: number | undefined): void {
    const record = this.record(host);
    if (headStatus === 405 || headStatus === 501) record.refusals++;
    if (headStatus === 404 || headStatus === 410) {
      if (getStatus === headStatus) record.confirmations++;
      else record.contradicted = true;
    }
  }
}
