/**
 * Language catalogs, discovered from src/i18n/<lang>.ts so that adding a
 * language is adding one file. Each file exports `catalog: Catalog`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Catalog } from "./i18n/en";

export type { Catalog } from "./i18n/en";

const I18N_DIR = path.join(__dirname, "i18n");
// `de.ts` under jest (sources), `de.js` in dist; `.d.ts` and maps never match.
const CATALOG_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.(?:ts|js)$/;

let cache: ReadonlyMap<string, Catalog> | undefined;

function loadCatalogs(): ReadonlyMap<string, Catalog> {
  if (cache) return cache;
  const found = new Map<string, Catalog>();
  for (const file of fs.readdirSync(I18N_DIR).sort()) {
    const match = CATALOG_FILE.exec(file);
    if (!match || found.has(match[1]!)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- catalogs are found by listing the folder, loaded synchronously
    const mod = require(path.join(I18N_DIR, file)) as { catalog?: Catalog };
    if (mod.catalog) found.set(match[1]!, mod.catalog);
  }
  cache = found;
  return found;
}

/** Language codes with a catalog, sorted. The CLI rejects any other `--lang`. */
export function availableLanguages(): string[] {
  return [...loadCatalogs().keys()].sort();
}

/** The catalog for `language`, or undefined when there is none. */
export function catalogFor(language: string): Catalog | undefined {
  return loadCatalogs().get(language);
}
