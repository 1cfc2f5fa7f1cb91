/**
 * Record and replay of one declaration's conversion (a "unit"): its output (IR nodes, kept by identity), the
 * registry entries it read and wrote, and the diagnostics it reported. A unit is replayed instead of re-run when
 * its statement is unchanged and unaffected (see statements.ts) and every entry it read holds the same value
 * now; replaying writes what it wrote and reports what it reported, in the order a full walk would.
 */
import type { Diagnostic } from "@specloom/core";
import { type Recorder, type Registry, type Tracking } from "./tracked";

/** By channel, not registry: a record must not keep the previous run's context (and its type checker) alive. */
interface Access {
  readonly channel: string;
  readonly key: unknown;
  readonly value: unknown;
}

export interface UnitRecord<T> {
  readonly output: T;
  readonly reads: readonly Access[];
  readonly writes: readonly Access[];
  readonly diagnostics: readonly Diagnostic[];
}

class Recording implements Recorder {
  private readonly reads = new Map<Registry, Map<unknown, unknown>>();
  private readonly writes = new Map<Registry, Map<unknown, unknown>>();

  read(registry: Registry, key: unknown, value: unknown): void {
    // A key the unit wrote first is its own business, not an input.
    if (this.writes.get(registry)?.has(key)) return;
    let seen = this.reads.get(registry);
    if (!seen) this.reads.set(registry, (seen = new Map()));
    if (!seen.has(key)) seen.set(key, value);
  }

  write(registry: Registry, key: unknown, value: unknown): void {
    let written = this.writes.get(registry);
    if (!written) this.writes.set(registry, (written = new Map()));
    written.set(key, value);
  }

  accesses(which: "reads" | "writes"): Access[] {
    return [...this[which]].flatMap(([registry, entries]) => [...entries].map(([key, value]) => ({ channel: registry.channel, key, value })));
  }
}

export interface UnitHost {
  readonly tracking: Tracking;
  readonly diagnostics: Diagnostic[];
  /** The registry of this run with the same channel as a recorded one (registries are per run). */
  registry(channel: string): Registry;
}

/** Runs `convert` while recording what it reads, writes and reports. */
export function recordUnit<T>(host: UnitHost, convert: () => T): UnitRecord<T> {
  const recording = new Recording();
  const before = host.diagnostics.length;
  const outer = host.tracking.recorder;
  host.tracking.recorder = recording;
  try {
    const output = convert();
    return { output, reads: recording.accesses("reads"), writes: recording.accesses("writes"), diagnostics: host.diagnostics.slice(before) };
  } finally {
    host.tracking.recorder = outer;
  }
}

/** Whether every entry the unit read holds the value it saw. */
export function stillValid(host: UnitHost, unit: UnitRecord<unknown>): boolean {
  return unit.reads.every((r) => Object.is(host.registry(r.channel).peek(r.key), r.value));
}

/** Applies a valid unit's writes and diagnostics, as if it had run. */
export function replayUnit<T>(host: UnitHost, unit: UnitRecord<T>): T {
  for (const w of unit.writes) host.registry(w.channel).restore(w.key, w.value);
  host.diagnostics.push(...unit.diagnostics);
  return unit.output;
}
