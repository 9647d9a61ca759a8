// Live progress on stderr when it is a terminal: done/total and requests in flight per host.

export interface Progress {
  tick(): void;
  stop(): void;
}

export function terminalProgress(
  stream: NodeJS.WriteStream,
  total: () => number,
  inFlight: () => Map<string, number>,
): Progress {
  let done = 0;
  const draw = () => {
    const hosts = [...inFlight()]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([host, n]) => `${host} ${n}`)
      .join(", ");
    const line = `checking ${done}/${total()}${hosts ? ` · in flight: ${hosts}` : ""}`;
    stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 100) - 1)}`);
  };
  const timer = setInterval(draw, 100);
  return {
    tick: () => {
      done++;
    },
    stop: () => {
      clearInterval(timer);
      stream.write("\r\x1b[2K");
    },
  };
}
