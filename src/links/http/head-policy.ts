// HEAD first, where sensible, learned per host: a host that refuses HEAD (405/501) twice is asked
// with GET from then on; a host whose HEAD 404/410 was confirmed by GET three times, and never
// contradicted, is trusted on HEAD alone. Saves a request per link without trusting blindly.

const REFUSALS_BEFORE_GET = 2;
const CONFIRMATIONS_BEFORE_TRUST = 3;

interface HostRecord {
  refusals: number;
  confirmations: number;
  contradicted: boolean;
}

export class HeadPolicy {
  private readonly hosts = new Map<string, HostRecord>();

  constructor(private readonly configured: (host: string) => "HEAD" | "GET") {}

  private record(host: string): HostRecord {
    let record = this.hosts.get(host);
    if (!record) {
      record = { refusals: 0, confirmations: 0, contradicted: false };
      this.hosts.set(host, record);
    }
    return record;
  }

  method(host: string): "HEAD" | "GET" {
    if (this.configured(host) === "GET") return "GET";
    return this.record(host).refusals >= REFUSALS_BEFORE_GET ? "GET" : "HEAD";
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
