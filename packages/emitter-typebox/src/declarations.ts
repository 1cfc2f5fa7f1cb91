/**
 * The `export const X = …; export type X = …` blocks of validators.ts, remembered per key object (a schema, an
 * endpoint node) and slot: a watch rebuild assembles the file from the blocks of the previous emit and builds
 * only those whose identifier or printed expression changed. The doc comment must depend on the key and slot
 * alone (it is computed only when the block is built).
 */
import { pascalCase, tsIdentifier } from "@specloom/core";
import { nodeReuse } from "@specloom/model";

interface Declared {
  readonly ident: string;
  readonly expression: string;
  readonly text: string;
}

const declaredBy = new WeakMap<object, Map<string, Declared>>();

export function declare(ident: string, expression: string, doc = ""): string {
  return `${doc}export const ${ident} = ${expression};\nexport type ${ident} = Static<typeof ${ident}>;\n`;
}

/** declare(ident, expression, doc()), reused while `ident` and `expression` are the same strings as last time. */
export function declaredOnce(key: object, slot: string, ident: string, expression: string, doc: () => string): string {
  // A one-shot build has no next emit: keeping ~4 MB of blocks (N=1000) would only raise its peak memory.
  if (!nodeReuse()) return declare(ident, expression, doc());
  let perKey = declaredBy.get(key);
  if (!perKey) declaredBy.set(key, (perKey = new Map<string, Declared>()));
  const hit = perKey.get(slot);
  if (hit && hit.ident === ident && hit.expression === expression) return hit.text;
  const text = flat(declare(ident, expression, doc()));
  perKey.set(slot, { ident, expression, text });
  return text;
}

/**
 * The same string, flat: a template literal makes a rope, which every join of the file would walk again;
 * reading a character flattens it in place once.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Names repeat from one emit to the next (one per component and endpoint): their conversions are remembered. */
const MAX_REMEMBERED = 100_000;
const identifiers = new Map<string, string>();
const pascalNames = new Map<string, string>();

function remembered(cache: Map<string, string>, input: string, convert: (s: string) => string): string {
  let out = cache.get(input);
  if (out === undefined) {
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    cache.set(input, (out = convert(input)));
  }
  return out;
}

export const tsIdentifierOf = (name: string): string => remembered(identifiers, name, tsIdentifier);
export const pascalCaseOf = (name: string): string => remembered(pascalNames, name, pascalCase);
