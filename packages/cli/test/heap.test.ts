import { collectGarbage, withLeanHeap } from "../src/heap";

/** A large array only a WeakRef sees once this returns. */
const unreferenced = () => new WeakRef(Array.from({ length: 100_000 }, (_, i) => i));

test("collectGarbage frees what nothing references any more, without --expose-gc", async () => {
  const ref = unreferenced();
  // A WeakRef keeps its target until the job that created it ends.
  await new Promise(setImmediate);
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
});

test("withLeanHeap returns what the run returns and passes its failure on", async () => {
  await expect(withLeanHeap(() => Promise.resolve(42))).resolves.toBe(42);
  await expect(withLeanHeap(() => Promise.reject(new Error("emitter failed")))).rejects.toThrow("emitter failed");
});
