/**
 * Peak memory of a one-shot build. V8 lets the heap grow to up to four times what was live at the last full
 * collection; the last one before the emitters ran while the TypeScript program was still alive, so the emit
 * phase could grow to four times a heap that was mostly the program (763 MiB RSS at N=1000, tsc: 301). Once
 * the program is released, one full collection sets the limit from what is really live (the IR and the model),
 * and a smaller growing factor keeps the emitters' garbage from growing the heap that far again.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";

/** The heap may grow by half of what is live before the next full collection (V8 picks up to 300 %). */
const EMIT_GROWING_PERCENT = 50;

let collect: (() => void) | undefined;

/** A full garbage collection, through V8's own `gc` (what `--expose-gc` exposes, as jest's leak detector does). */
export function collectGarbage(): void {
  if (!collect) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      v8.setFlagsFromString("--expose-gc");
      collect = vm.runInNewContext("gc") as () => void;
      // Only this one context gets it: contexts created later (a plugin's vm) do not.
      v8.setFlagsFromString("--no-expose-gc");
    }
  }
  collect();
}

/** Runs `run` (a one-shot build's emit phase, after collectGarbage) with the heap grown conservatively. */
export async function withLeanHeap<T>(run: () => Promise<T>): Promise<T> {
  v8.setFlagsFromString(`--heap-growing-percent=${EMIT_GROWING_PERCENT}`);
  try {
    return await run();
  } finally {
    // 0 is V8's default: the factor it derives from allocation and collection speed.
    v8.setFlagsFromString("--heap-growing-percent=0");
  }
}
