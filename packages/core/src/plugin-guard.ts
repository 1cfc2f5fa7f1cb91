/**
 * The one place where a plugin's code (an emitter or a rule, built-in or not)
 * may fail: the error becomes an SL5001 diagnostic naming the plugin, at the
 * plugin's entry in specloom.config.json when it came from there. No stack
 * trace reaches the user unless SPECLOOM_DEBUG=1.
 */
import { createDiagnostic, type Diagnostic } from "./diagnostics";
import type { SourceLocation } from "./ir";

export interface PluginCallSite {
  readonly plugin: string;
  readonly what: "Emitter" | "Rule";
  readonly name: string;
  /** The plugin's entry in specloom.config.json `plugins`; absent for built-ins. */
  readonly loc?: SourceLocation;
}

export type Guarded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly diagnostic: Diagnostic };

function failure(site: PluginCallSite, error: unknown): Guarded<never> {
  if (process.env.SPECLOOM_DEBUG === "1") process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, diagnostic: createDiagnostic("plugin-failed", { what: site.what, name: site.name, plugin: site.plugin, detail }, site.loc) };
}

/** Runs a synchronous plugin call (a rule's `check`). */
export function guardPluginCall<T>(site: PluginCallSite, run: () => T): Guarded<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    return failure(site, e);
  }
}

/** Runs a plugin call that may return a promise (an emitter's `emit`). */
export async function guardPluginCallAsync<T>(site: PluginCallSite, run: () => T | Promise<T>): Promise<Guarded<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    return failure(site, e);
  }
}
