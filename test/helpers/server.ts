// Real HTTP servers on loopback (127.0.0.x, ephemeral ports) for link-checker tests. Each counts
// requests and the most it had in flight at once, and closes every socket when done.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface TestServer {
  url: string;
  origin: string;
  requests: { method: string; url: string; headers: http.IncomingHttpHeaders }[];
  maxInFlight: number;
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => void;

export async function startServer(handler: Handler, host = "127.0.0.1"): Promise<TestServer> {
  let inFlight = 0;
  const state: TestServer = {
    url: "",
    origin: "",
    requests: [],
    maxInFlight: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    state.requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    let counted = true;
    const release = () => {
      if (counted) inFlight--;
      counted = false;
    };
    res.on("close", release);
    req.on("close", () => {
      if (res.writableFinished) release();
    });
    handler(req, res, state);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  state.origin = `http://${host}:${port}`;
  state.url = `${state.origin}/`;
  return state;
}

/** Runs `body` with servers started, and always stops them. */
export async function withServers<T>(
  handlers: Handler[],
  body: (servers: TestServer[]) => Promise<T>,
  host?: string,
): Promise<T> {
  const servers = await Promise.all(handlers.map((h) => startServer(h, host)));
  try {
    return await body(servers);
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
