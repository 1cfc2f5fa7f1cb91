/**
 * A mapping whose values are all fragments (a path's operations, the component schemas) is assembled in runs
 * of RUN entries, each kept (watch mode) and reused while the same fragments sit under the same keys at the same
 * place: a rebuild joins a few hundred runs instead of every operation and schema with its key again.
 */
export const RUN = 32;

export interface FragmentRun<F> {
  readonly keys: readonly string[];
  readonly parts: readonly F[];
  /** Where the run sits (depth, level, whether it opens its mapping): what its separators depend on. */
  readonly at: string;
  readonly text: string;
}

/** The entries of a mapping whose every value is a fragment (undefined otherwise, or when it is empty). */
export function fragmentEntries<F>(node: object, isFragment: (v: unknown) => v is F): [string, F][] | undefined {
  const entries: [string, F][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (!isFragment(value)) return undefined;
    entries.push([key, value]);
  }
  return entries.length > 0 ? entries : undefined;
}

/** The run of `entries` kept under its first fragment, when it holds the same keys and fragments at `at`. */
export function keptRun<F extends object>(runs: WeakMap<F, FragmentRun<F>>, entries: readonly [string, F][], at: string): string | undefined {
  const kept = runs.get(entries[0]![1]);
  if (!kept || kept.at !== at || kept.parts.length !== entries.length) return undefined;
  for (let i = 0; i < entries.length; i++) if (kept.keys[i] !== entries[i]![0] || kept.parts[i] !== entries[i]![1]) return undefined;
  return kept.text;
}

export function keepRun<F extends object>(runs: WeakMap<F, FragmentRun<F>>, entries: readonly [string, F][], at: string, text: string): string {
  runs.set(entries[0]![1], { keys: entries.map(([k]) => k), parts: entries.map(([, f]) => f), at, text });
  return text;
}
