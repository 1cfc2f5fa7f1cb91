/**
 * A ReadonlyMap that reports every lookup (name and answer) and every
 * iteration: what the journals of reusable derivations are made of.
 */
import type { IrIndex } from "./ir-index";

export class RecordingMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly inner: ReadonlyMap<string, V>,
    private readonly onGet: (name: string, found: V | undefined) => void,
    /** An iteration reads everything: a journal cannot check it read by read. */
    private readonly onIterate: () => void,
  ) {}
  get(name: string): V | undefined {
    const found = this.inner.get(name);
    this.onGet(name, found);
    return found;
  }
  has(name: string): boolean {
    // Values are nodes or names, never undefined: an answer of `get` decides `has`.
    return this.get(name) !== undefined;
  }
  private iterated(): ReadonlyMap<string, V> {
    this.onIterate();
    return this.inner;
  }
  get size(): number {
    return this.iterated().size;
  }
  forEach(f: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    this.iterated().forEach(f);
  }
  entries(): MapIterator<[string, V]> {
    return this.iterated().entries();
  }
  keys(): MapIterator<string> {
    return this.iterated().keys();
  }
  values(): MapIterator<V> {
    return this.iterated().values();
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.iterated()[Symbol.iterator]();
  }
}

/**
 * An IrIndex whose by-name lookups of models, enums and schemas are reported;
 * reading a whole list (services, endpoints) counts as an iteration.
 */
export function recordingIndex(
  inner: IrIndex,
  onGet: (map: "models" | "enums" | "schemas", name: string, found: unknown) => void,
  onIterate: () => void,
): IrIndex {
  const map = <V>(name: "models" | "enums" | "schemas", m: ReadonlyMap<string, V>) =>
    new RecordingMap(m, (key, found) => onGet(name, key, found), onIterate);
  return {
    models: map("models", inner.models),
    enums: map("enums", inner.enums),
    schemas: map("schemas", inner.schemas),
    get services() {
      onIterate();
      return inner.services;
    },
    get endpointsByName() {
      onIterate();
      return inner.endpointsByName;
    },
    get endpoints() {
      onIterate();
      return inner.endpoints;
    },
  };
}
