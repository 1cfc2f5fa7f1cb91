/**
 * Per-node fragments of backend-spec.md, reused across builds: watch mode keeps the IR nodes of unchanged
 * files, so an edit re-renders only the endpoints and models it touched. A fragment is reused only when its
 * node, the `deps` its caller names (everything else it reads outside the index: config sections, the
 * catalog, derived facts) and every by-name lookup it made through `ctx.index` are the same as last time.
 * Reading a whole collection of the index (the endpoint list, a map's entries) makes it not reusable.
 */
import { nodeReuse } from "@specloom/model";
import type { IrIndex, SectionContext } from "../context";
import { Md, type MdPart } from "./md";

type Lookup = readonly [map: LookupMap, name: string, found: unknown];
type LookupMap = "models" | "enums" | "schemas" | "services" | "endpointsByName";

/** Records `get`/`has`; anything that reads the whole map marks the fragment as not reusable. */
class RecordingMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly map: ReadonlyMap<string, V>,
    private readonly name: LookupMap,
    private readonly log: Recording,
  ) {}
  get(key: string): V | undefined {
    const found = this.map.get(key);
    this.log.lookups.push([this.name, key, found]);
    return found;
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  get size(): number {
    return this.whole().size;
  }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    this.whole().forEach((v, k) => fn(v, k, this));
  }
  entries(): MapIterator<[string, V]> {
    return this.whole().entries();
  }
  keys(): MapIterator<string> {
    return this.whole().keys();
  }
  values(): MapIterator<V> {
    return this.whole().values();
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.whole()[Symbol.iterator]();
  }
  private whole(): ReadonlyMap<string, V> {
    this.log.whole = true;
    return this.map;
  }
}

interface Recording {
  readonly lookups: Lookup[];
  whole: boolean;
}

function recordingIndex(index: IrIndex, log: Recording): IrIndex {
  return {
    models: new RecordingMap(index.models, "models", log),
    enums: new RecordingMap(index.enums, "enums", log),
    schemas: new RecordingMap(index.schemas, "schemas", log),
    services: new RecordingMap(index.services, "services", log),
    endpointsByName: new RecordingMap(index.endpointsByName, "endpointsByName", log),
    get endpoints() {
      log.whole = true;
      return index.endpoints;
    },
  };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface ValueEntry<V> {
  readonly deps: readonly unknown[];
  readonly lookups: readonly Lookup[];
  readonly value: V;
}

/**
 * A value derived from one node (a fragment, a row of a table, the models a response reaches), keyed by the node:
 * reused while the node, its `deps` and every by-name lookup it made through `ctx.index` are the same.
 */
export class NodeCache<N extends object, V> {
  private readonly entries = new WeakMap<N, ValueEntry<V>>();

  get(ctx: SectionContext, node: N, deps: readonly unknown[], derive: (ctx: SectionContext) => V): V {
    // A one-shot build has no next build to reuse the value: keeping it would only add to peak memory.
    if (!nodeReuse()) return derive(ctx);
    const hit = this.entries.get(node);
    if (hit && sameList(hit.deps, deps) && hit.lookups.every(([map, name, found]) => ctx.index[map].get(name) === found)) return hit.value;
    const log: Recording = { lookups: [], whole: false };
    const value = derive({ ...ctx, index: recordingIndex(ctx.index, log) });
    if (log.whole) this.entries.delete(node);
    else this.entries.set(node, { deps, lookups: log.lookups, value });
    return value;
  }
}

/** One kind of fragment (an endpoint block, a model block), keyed by its node. */
export class FragmentCache<N extends object> {
  private readonly parts = new NodeCache<N, MdPart>();

  /** Appends the fragment of `node` to `md`: the cached one when still valid, else `draw`'s (then cached). */
  render(md: Md, ctx: SectionContext, node: N, deps: readonly unknown[], draw: (ctx: SectionContext, md: Md) => void): void {
    md.append(
      this.parts.get(ctx, node, deps, (recording) => {
        const own = new Md();
        draw(recording, own);
        return own.part();
      }),
    );
  }
}
