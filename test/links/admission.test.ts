import { describe, expect, test } from "vitest";
import { Admission } from "../../src/links/admission.js";

/** Items that finish when the test says so, with a log of starts and the most in progress per key. */
function harness(room: (key: string) => number) {
  const started: string[] = [];
  const finishers = new Map<string, { resolve: () => void; reject: (e: unknown) => void }>();
  const active = new Map<string, number>();
  const most = new Map<string, number>();
  const admission = new Admission<string>(room, (item) => {
    started.push(item);
    const key = item.split("/")[0] as string;
    active.set(key, (active.get(key) ?? 0) + 1);
    most.set(key, Math.max(most.get(key) ?? 0, active.get(key) ?? 0));
    return new Promise<void>((resolve, reject) => {
      const done = () => active.set(key, (active.get(key) ?? 0) - 1);
      finishers.set(item, {
        resolve: () => {
          done();
          resolve();
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
    });
  });
  const add = (item: string) => admission.add(item.split("/")[0] as string, item);
  const settle = async (item: string, error?: unknown) => {
    const finisher = finishers.get(item);
    if (!finisher) throw new Error(`${item} was not started`);
    if (error === undefined) finisher.resolve();
    else finisher.reject(error);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { admission, started, most, add, settle };
}

describe("Admission", () => {
  test("starts at most `room` items of a key at once, the rest in the order added as earlier ones finish", async () => {
    const h = harness(() => 2);
    for (const item of ["a/1", "a/2", "a/3", "b/1", "a/4", "b/2", "b/3"]) h.add(item);
    expect(h.started).toEqual(["a/1", "a/2", "b/1", "b/2"]);
    await h.settle("a/2");
    expect(h.started).toEqual(["a/1", "a/2", "b/1", "b/2", "a/3"]);
    await h.settle("a/1");
    await h.settle("b/1");
    expect(h.started).toEqual(["a/1", "a/2", "b/1", "b/2", "a/3", "a/4", "b/3"]);
    expect(Object.fromEntries(h.most)).toEqual({ a: 2, b: 2 });
  });

  test("each key has its own room", async () => {
    const h = harness((key) => (key === "wide" ? 3 : 1));
    for (const item of ["wide/1", "wide/2", "wide/3", "wide/4", "narrow/1", "narrow/2"]) h.add(item);
    expect(h.started).toEqual(["wide/1", "wide/2", "wide/3", "narrow/1"]);
  });

  test("done() waits for every item, the waiting ones included, and takes items added after a drain", async () => {
    const h = harness(() => 1);
    h.add("a/1");
    h.add("a/2");
    let done = false;
    const waiting = h.admission.done().then(() => {
      done = true;
    });
    await h.settle("a/1");
    expect(done).toBe(false);
    await h.settle("a/2");
    await waiting;
    expect(done).toBe(true);
    h.add("a/3");
    expect(h.started).toEqual(["a/1", "a/2", "a/3"]);
    const again = h.admission.done();
    await h.settle("a/3");
    await expect(again).resolves.toBeUndefined();
  });

  test("done() of an admission that never had an item resolves at once", async () => {
    await expect(harness(() => 1).admission.done()).resolves.toBeUndefined();
  });

  test("an item that throws frees its place, and done() rejects with the first error once all are done", async () => {
    const h = harness(() => 1);
    for (const item of ["a/1", "a/2", "a/3"]) h.add(item);
    const outcome = h.admission.done().then(
      () => "resolved",
      (error: Error) => `rejected: ${error.message}`,
    );
    await h.settle("a/1", new Error("first"));
    expect(h.started).toEqual(["a/1", "a/2"]);
    await h.settle("a/2", new Error("second"));
    await h.settle("a/3");
    expect(await outcome).toBe("rejected: first");
  });
});
