/**
 * The corpus runner's failure classes: each round-trip difference and each importer warning is reduced to a
 * class that names what went wrong but not where (no operation, path, property, status or quoted value), so
 * that thousands of differences over hundreds of documents add up to a short list a person can act on.
 */

const QUOTED_KEYWORD = /'([A-Za-z$][\w$-]*): [^']*'/g; // 'format: "int32"' → 'format: …'
const QUOTED = /(?<!\w)'[^']*'(?!\w)|"[^"]*"/g; // not the apostrophe of "member's"
// application/json.items.[].id → MEDIA.… (a dotted subtype, vnd.api+json, reads as a path: a class, not a proof)
const MEDIA_PATH = /\b[\w.+*-]+\/[\w+*-]+((?:\.\S*?)?)(?=:|\s|$)/g;
const PARAMETER = /\bparameter (path|query|header|cookie):\S+?(?=:|\s|$)/g;
/** A keyword's value worth keeping in the class: a short string, a boolean, null. */
const shortValue = (v) => (/^("[^"]{0,30}"|true|false|null)$/.test(v) ? v : "…");

/** `GET /pets/{}: response 200 application/json.name: 'format: "int32"' added` → `added response: response NNN MEDIA.…: 'format: "int32"' added`. */
function differenceClass(d) {
  const what = d.message
    .replace(/^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+: /, "")
    .replace(/'([A-Za-z$][\w$-]*): (.*)'( added| removed)$/, (_, k, v, tail) => `\u0001${k}: ${shortValue(v)}\u0001${tail}`)
    .replace(/'[^'\u0001]*'/g, "'…'")
    .replace(/"[^"]{31,}"/g, '"…"')
    .replace(/\u0001/g, "'")
    .replace(MEDIA_PATH, (_, tail) => (tail ? "MEDIA.…" : "MEDIA"))
    .replace(PARAMETER, "parameter $1:…")
    .replace(/\bheader \S+?(?=:|\s|$)/g, "header …")
    .replace(/\b[1-5](?:\d\d|XX)\b/g, "NNN")
    .replace(/\{[^}]*\}/g, "{}")
    .replace(/\b(enum |enum \[…\] ≠ )\[[^\]]*(?:\]|$)/g, "$1[…]")
    .replace(/\b(enum \[…\] ≠ )\[[^\]]*(?:\]|$)/g, "$1[…]")
    .replace(/\[[^\]]{40,}\]/g, "[…]")
    .replace(/\b\d+(\.\d+)?\b/g, "N");
  return `${d.kind} ${d.context}: ${what}`.slice(0, 160);
}

/** Quoted words a diagnostic class keeps: the schema keywords and formats the gap is about. */
const KEPT_WORDS = new Set(
  (
    "not oneOf anyOf allOf if then else const enum items prefixItems additionalItems contains minContains maxContains properties " +
    "patternProperties additionalProperties unevaluatedProperties unevaluatedItems propertyNames dependentRequired dependentSchemas " +
    "dependencies minProperties maxProperties minLength maxLength pattern minimum maximum exclusiveMinimum exclusiveMaximum multipleOf " +
    "minItems maxItems uniqueItems default readOnly writeOnly format type nullable discriminator xml contentEncoding contentMediaType " +
    "contentSchema $id $anchor $defs $dynamicRef $schema example examples deprecated title description " +
    "int32 int64 float double byte binary date date-time time duration password uuid email uri url uri-reference hostname ipv4 ipv6 " +
    "regex json-pointer idn-email iri decimal int8 int16 uint8 uint16 uint32 uint64"
  ).split(" "),
);

/** `SL7019 'not' at #/components/schemas/Pet/not cannot be expressed …: detail` → `SL7019 '…' cannot be expressed …: detail`. */
function diagnosticClass(d) {
  const message = d.message
    // The importers' "{what} at {pointer} {verdict}: {detail}" (a pointer may hold spaces), else any " at #pointer".
    .replace(/ at #.*? (cannot be expressed in the specloom DSL and is not imported|is imported approximately)/, " $1")
    .replace(/ at #\S*/g, "")
    .replace(QUOTED_KEYWORD, "\u0001$1: …\u0001")
    .replace(QUOTED, (q) => (KEPT_WORDS.has(q.slice(1, -1)) ? `\u0001${q.slice(1, -1)}\u0001` : "'…'"))
    .replace(/\u0001([^\u0001]*)\u0001/g, "'$1'")
    .replace(/\b(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \/\S*/g, (_, m) =>
      m === "HEAD" || m === "OPTIONS" || m === "TRACE" ? `${m} …` : "METHOD …",
    )
    .replace(/\b\d+\b/g, "N");
  return `${d.code} ${message}`.slice(0, 160);
}

/** Per document: class → occurrences. */
function countClasses(items, classOf) {
  const out = {};
  for (const item of items) {
    const c = classOf(item);
    out[c] = (out[c] ?? 0) + 1;
  }
  return out;
}

/**
 * Across documents: every class with the documents it occurs in, its occurrences, and the documents where it is
 * the only class (those would round-trip, or build, if it were fixed), most documents first.
 */
function rankClasses(perDocument, limit) {
  const byClass = new Map();
  for (const classes of perDocument) {
    const names = Object.keys(classes ?? {});
    for (const c of names) {
      const entry = byClass.get(c) ?? { class: c, documents: 0, occurrences: 0, onlyClass: 0 };
      entry.documents++;
      entry.occurrences += classes[c];
      if (names.length === 1) entry.onlyClass++;
      byClass.set(c, entry);
    }
  }
  const ranked = [...byClass.values()].sort((a, b) => b.documents - a.documents || b.occurrences - a.occurrences || (a.class < b.class ? -1 : 1));
  return { distinct: ranked.length, top: ranked.slice(0, limit) };
}

module.exports = { differenceClass, diagnosticClass, countClasses, rankClasses };
