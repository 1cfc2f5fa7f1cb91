/**
 * Peak memory of a one-shot build. V8 lets the heap grow to up to four times what was live at the last full
 * collection; the last one before the emitters ran while the TypeScript program was still alive, so the emit
 * phase could grow to four times a heap that was mostly the program (763 MiB RSS at N=1000, tsc: 301). Once
 * the program is released, one full collection sets the limit from what is really live (the IR and the model),
 * and a smaller growing factor keeps the emitters' garbage from growing the heap that far again.
 *
 * Both change V8 flags of the whole process, so only the CLI's own build process asks for them
 * (`PipelineOptions.leanHeap`); a host that froze its flags, or fails to expose `gc`, just builds without them.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";

/** The heap may grow by half of what is live before the next full collection (V8 picks up to 300 %). */
const EMIT_GROWING_PERCENT = 50;

/** The value of a V8 flag given at startup (command line or NODE_OPTIONS), if any. */
function startupFlag(name: string): string | undefined {
  const args = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  const found = args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return found === undefined ? undefined : (found.split("=")[1] ?? "");
}

/** Flags cannot change after startup in this process (changing them would abort it). */
const flagsFrozen = (): boolean => startupFlag("freeze-flags-after-init") !== undefined;

let collect: (() => void) | undefined;

/** A full garbage collection, through V8's own `gc` (what `--expose-gc` exposes, as jest's leak detector does). */
export function collectGarbage(): void {
  if (!collect) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else if (flagsFrozen()) collect = () => undefined;
    else {
      try {
        v8.setFlagsFromString("--expose-gc");
        collect = vm.runInNewContext("gc") as () => void;
      } catch {
        collect = () => undefined;
      } finally {
        // Only this one context gets it: contexts created later (a plugin's vm) do not.
        if (startupFlag("expose-gc") === undefined) v8.setFlagsFromString("--no-expose-gc");
      }
    }
  }
  collect();
}

/** Runs `run` (a one-shot build's emit phase, after collectGarbage) with the heap grown conservatively. */
export async function withLeanHeap<T>(run: () => Promise<T>): Promise<T> {
  if (flagsFrozen()) return run();
  v8.setFlagsFromString(`--heap-growing-percent=${EMIT_GROWING_PERCENT}`);
  try {
    return await run();
  } finally {
    // Back to what the process started with; 0 is V8's default (the factor it derives from allocation speed).
    v8.setFlagsFromString(`--heap-growing-percent=${startupFlag("heap-growing-percent") || 0}`);
  }
}
