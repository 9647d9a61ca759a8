/** Where a command writes: data to stdout, messages to stderr. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** All of standard input, for commands that read it (tests pass their own). */
  stdin?(): Promise<string>;
  /** The terminal to ask questions on, when the user is at one (tests pass their own streams). */
  terminal?(): Terminal | undefined;
}

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  stdin: async () => {
    if (process.stdin.isTTY) throw new StdinIsTerminal();
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  // Questions go to stderr, like every message: stdout stays data.
  terminal: () =>
    process.stdin.isTTY && process.stderr.isTTY
      ? { input: process.stdin, output: process.stderr }
      : undefined,
};

/** Reading a terminal would wait for typing: the command says what it wanted instead. */
export class StdinIsTerminal extends Error {}
