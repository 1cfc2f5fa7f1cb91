/**
 * Memos keyed by IR node identity, shared by every IR: a node is immutable, and
 * watch mode keeps the nodes of unchanged files (see DEVELOPING.md), so a rebuild
 * derives again only what belongs to new nodes.
 */

/** A derivation that reads nothing but the node. */
export function nodeMemo<N extends object, R>(derive: (node: N) => R): (node: N) => R {
  const cache = new WeakMap<N, { readonly value: R }>();
  return (node) => {
    let entry = cache.get(node);
    if (!entry) cache.set(node, (entry = { value: derive(node) }));
    return entry.value;
  };
}

/**
 * A derivation that also reads other nodes or settings through `context`:
 * `inputs` lists everything it reads there (compared with `===`, so strings for
 * settings), and the cached value is reused only while every input is the same.
 */
export function nodeMemoWith<N extends object, I extends readonly unknown[], C, R>(
  derive: (node: N, context: C) => R,
): (node: N, inputs: I, context: C) => R {
  const cache = new WeakMap<N, { readonly inputs: I; readonly value: R }>();
  return (node, inputs, context) => {
    const entry = cache.get(node);
    if (entry && entry.inputs.length === inputs.length && entry.inputs.every((x, i) => x === inputs[i])) return entry.value;
    const value = derive(node, context);
    cache.set(node, { inputs, value });
    return value;
  };
}

let reuse = true;

/**
 * Whether journaled derivations (tables, JSON Schemas, checker findings) record what
 * they read so that the next build can reuse them. Watch mode wants it; a one-shot
 * build has no next build, and skips the bookkeeping (and the memory it keeps).
 */
export function setNodeReuse(on: boolean): void {
  reuse = on;
}

export function nodeReuse(): boolean {
  return reuse;
}
