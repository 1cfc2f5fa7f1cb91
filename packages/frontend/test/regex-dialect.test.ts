/**
 * The one regex dialect of Pattern<"…">: accepted patterns mean the same in
 * ECMAScript with `u` (OpenAPI, validators) and in PostgreSQL (the real engine,
 * PGlite's `~`); the others are rejected with the reason.
 */
import { checkPattern } from "@specloom/core";
import { closeDatabase, database } from "../../emitter-sql/test/pglite";

afterAll(closeDatabase);

/** Pattern → inputs on which both engines must agree (some match, some do not). */
const ACCEPTED: readonly [string, readonly string[]][] = [
  ["^\\d+$", ["123", "١٢٣", "12a"]],
  ["^\\w+$", ["abc_1", "héllo", "a b"]],
  ["^\\s$", [" ", "\u00a0", "\u2003", "\n", "\u200b", "x"]],
  ["^\\S+$", ["ab", "a b", "a\u3000b"]],
  ["^\\D\\W$", ["a!", "1!", "aa"]],
  ["^.$", ["a", "\n", "\r", "😀", "\u2028"]],
  ["^[^a]$", ["😀", "a", "ab"]],
  ["^[\\b]$", ["\b", "b"]],
  ["^[[:]+$", ["[:", "[:alpha:]", "a"]],
  ["^\\x41B$", ["AB", "\u041b"]],
  ["^\\u0041\\u{1F600}+$", ["A😀😀", "A", "x"]],
  ["^[\\d\\-_]+$", ["1-_", "a"]],
  ["^(?=.*[A-Z])(?=.*[0-9])", ["Ab1", "ab1", "A\n1"]],
  ["^(?!admin$)[a-z]+$", ["admin", "alice"]],
  ["^a{2,3}$", ["aa", "aaaa", "a"]],
  ["^(?:ab)+?c*?$", ["abab", "abc", "ba"]],
  ["^[a-z]+\\.[a-z]{2,}$", ["foo.com", "foo.c", "fooXcom"]],
  ["cat|dog|", ["bird", ""]],
  ["^\\/\\*\\$\\^\\|$", ["/*$^|", "/*"]],
  ["^-?\\d{1,8}(\\.\\d{1,2})?$", ["-12.5", "1.234", "12345678.99"]],
  ["^[À-ÿ😀-😂]+$", ["é😁", "a"]],
  ["^\\t\\n\\r\\f\\v$", ["\t\n\r\f\v", "x"]],
  // Needless escapes, valid only without `u` (common in real documents): run as their respelling.
  ["^[A-Za-z0-9]([A-Za-z0-9\\:\\-\\_\\.\\@]{0,62}[A-Za-z0-9])?$", ["a:b-c_d.e@f", "a", "a#b", "-a"]],
  ["^\\-?\\d+\\:[\\ \\'\\\"]*$", ["-1: '\"", "1:", "1-:", "x"]],
];

const REJECTED: readonly [string, RegExp][] = [
  ["\\bword\\b", /word boundary/],
  ["\\Bx", /word boundary/],
  ["^\\p{L}+$", /Unicode property/],
  ["^\\P{L}$", /Unicode property/],
  ["(?<year>\\d{4})", /named groups/],
  ["(?<=a)b", /lookbehind/],
  ["(?<!a)b", /lookbehind/],
  ["(a)\\1", /back-references/],
  ["(?<n>a)\\k<n>", /named groups|back-references/],
  ["a{1,1000}", /repetition counts above 255/],
  ["a{256}", /repetition counts above 255/],
  ["[\\D]", /inside '\[…\]'/],
  ["[\\S]", /inside '\[…\]'/],
  ["\\0", /NUL/],
  ["\\u{0}", /NUL/],
  ["\\cJ", /control escapes/],
  ["\\uD83D\\uDE00", /surrogate/],
  ["(", /not a valid regular expression/],
  ["\\q", /not a valid regular expression/],
  ["[[:alpha:]]", /not a valid regular expression/],
];

/**
 * What the author's pattern means, independently of checkPattern: with `u` where that is valid, else as ECMAScript
 * reads it without `u` (the needless escapes of real documents).
 */
function authorRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return new RegExp(pattern);
  }
}

const validWithU = (pattern: string): boolean => {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
};

test.each(REJECTED)("rejects %j", (pattern, reason) => {
  const result = checkPattern(pattern);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problem).toMatch(reason);
});

test("accepted patterns match the same inputs in ECMAScript (u flag) and PostgreSQL", async () => {
  const db = await database();
  const disagreements: string[] = [];
  for (const [pattern, inputs] of ACCEPTED) {
    const result = checkPattern(pattern);
    if (!result.ok) {
      disagreements.push(`${pattern}: rejected (${result.problem})`);
      continue;
    }
    // A pattern valid with `u` is used as written; only a respelled one may differ from the author's text.
    if (validWithU(pattern) && result.unicodeSource !== pattern) disagreements.push(`${pattern}: respelled as ${result.unicodeSource}`);
    const js = authorRegExp(pattern);
    for (const input of inputs) {
      const { rows } = await db.query<{ m: boolean }>("SELECT $1::text ~ $2 AS m", [input, result.postgres]);
      if (rows[0]!.m !== js.test(input))
        disagreements.push(`${pattern} (${result.postgres}) on ${JSON.stringify(input)}: JS ${js.test(input)}, PostgreSQL ${rows[0]!.m}`);
    }
  }
  expect(disagreements).toEqual([]);
  // Each table row must exercise both outcomes somewhere, or it proves little.
  const outcomes = ACCEPTED.flatMap(([p, inputs]) => inputs.map((i) => authorRegExp(p).test(i)));
  expect(new Set(outcomes)).toEqual(new Set([true, false]));
});

test("translations are stable text (the SQL artifact is deterministic)", () => {
  expect(checkPattern("^\\d{2}\\.\\w$")).toEqual({ ok: true, postgres: "^[0-9]{2}\\.[A-Za-z0-9_]$", unicodeSource: "^\\d{2}\\.\\w$" });
  expect(checkPattern("a.b")).toEqual({ ok: true, postgres: "a[^\\n\\r\\u2028\\u2029]b", unicodeSource: "a.b" });
});

test("a needless escape is respelled for the u flag with the meaning ECMAScript without u gives it", () => {
  expect(checkPattern("^a\\:\\-[\\-\\ ]$")).toMatchObject({ ok: true, unicodeSource: "^a:-[\\- ]$" });
  const respelled = ACCEPTED.filter(([pattern]) => !validWithU(pattern));
  expect(respelled.length).toBeGreaterThan(0);
  for (const [pattern, inputs] of respelled)
    for (const input of inputs) expect(new RegExp(checkPattern(pattern).unicodeSource, "u").test(input)).toBe(new RegExp(pattern).test(input));
});
