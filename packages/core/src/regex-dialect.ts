/**
 * One regex dialect for `Pattern<"…">`: the part of ECMAScript (with the `u`
 * flag, as JSON Schema and the validators run it) that PostgreSQL's AREs can
 * be made to agree with. Accepted patterns get a PostgreSQL translation with
 * the same match/no-match meaning; anything else is rejected with the reason,
 * so the three artifacts never disagree silently.
 */

/** ECMAScript's `\s`, spelled so PostgreSQL reads the same characters. */
const JS_SPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
const CLASS_BODY: Record<string, string> = { d: "0-9", w: "A-Za-z0-9_", s: JS_SPACE };
/** ECMAScript's `.` without the `s` flag excludes line terminators; PostgreSQL's matches them. */
const JS_DOT = "[^\\n\\r\\u2028\\u2029]";
/** PostgreSQL's RE_DUP_MAX: larger repetition counts are a syntax error there. */
const MAX_REPEAT = 255;
const SYNTAX = new Set([..."^$\\.*+?()[]{}|/-"]);

/**
 * `databaseOnly`: a valid ECMAScript pattern that only PostgreSQL cannot run the same way. OpenAPI and
 * validators.ts keep it; schema.sql has no CHECK for it (the front end says so on model fields).
 */
export type PatternCheck = (
  { readonly ok: true; readonly postgres: string } | { readonly ok: false; readonly problem: string; readonly databaseOnly: boolean }
) & {
  /** The spelling to run with the `u` flag: the source, or its respelling when it escapes characters only non-`u` mode allows (`\:`). */
  readonly unicodeSource: string;
};

class NotPortable extends Error {}
/** Portable to OpenAPI and the validators, not to PostgreSQL. */
class NoPostgres extends NotPortable {}

const hex = (s: string) => /^[0-9A-Fa-f]+$/.test(s);

/** Checks a pattern and translates it to PostgreSQL's ARE syntax. */
export function checkPattern(source: string): PatternCheck {
  let unicodeSource = source;
  try {
    new RegExp(source, "u"); // compiled, never run against input
  } catch (e) {
    // Many real documents escape punctuation that needs no escape (`\:`, `\-`, `\ `): ECMAScript without `u`
    // reads it as the character itself, so the same pattern without those backslashes means the same.
    unicodeSource = withoutIdentityEscapes(source);
    try {
      new RegExp(unicodeSource, "u");
    } catch {
      return { ok: false, problem: `it is not a valid regular expression: ${(e as Error).message}`, databaseOnly: false, unicodeSource: source };
    }
  }
  try {
    return { ok: true, postgres: translate([...unicodeSource]), unicodeSource };
  } catch (e) {
    if (e instanceof NotPortable) return { ok: false, problem: e.message, databaseOnly: e instanceof NoPostgres, unicodeSource };
    throw e;
  }
}

/** Drops the backslash of an escaped character that is not a letter, digit or syntax character (`-` only outside a class). */
function withoutIdentityEscapes(source: string): string {
  const chars = [...source];
  let out = "";
  let inClass = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "\\" && i + 1 < chars.length) {
      const next = chars[++i]!;
      const kept = /[A-Za-z0-9]/.test(next) || (SYNTAX.has(next) && (next !== "-" || inClass));
      out += kept ? `\\${next}` : next;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** `source` is valid with the `u` flag, so only constructs need checking, not syntax. */
function translate(chars: readonly string[]): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "\\") {
      const [text, used] = escape(chars, i + 1, inClass);
      out += text;
      i += used;
    } else if (inClass) {
      if (c === "]") inClass = false;
      // `[:`, `[.` and `[=` open POSIX classes inside a PostgreSQL bracket.
      out += c === "[" ? "\\[" : c;
    } else if (c === "[") {
      inClass = true;
      out += c;
      if (chars[i + 1] === "^") out += chars[++i];
    } else if (c === ".") {
      out += JS_DOT;
    } else if (c === "(" && chars[i + 1] === "?") {
      const next = chars[i + 2];
      if (next === "<" && (chars[i + 3] === "=" || chars[i + 3] === "!"))
        throw new NotPortable("lookbehind '(?<=…)' is not supported by every JSON Schema validator");
      if (next === "<") throw new NoPostgres("named groups '(?<name>…)' do not exist in PostgreSQL; use '(?:…)'");
      out += `(?${next}`;
      i += 2;
    } else if (c === "{") {
      const end = chars.indexOf("}", i);
      const counts = chars.slice(i + 1, end).join("");
      if (counts.split(",").some((n) => n !== "" && Number(n) > MAX_REPEAT))
        throw new NoPostgres(`repetition counts above ${MAX_REPEAT} ('{${counts}}') are rejected by PostgreSQL`);
      out += `{${counts}}`;
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

/** Translates the escape after a backslash at `at`; returns the text and how many characters it used. */
function escape(chars: readonly string[], at: number, inClass: boolean): [string, number] {
  const c = chars[at]!;
  if (c in CLASS_BODY) return [inClass ? CLASS_BODY[c]! : `[${CLASS_BODY[c]}]`, 1];
  const lower = c.toLowerCase();
  if (lower in CLASS_BODY) {
    if (inClass) throw new NoPostgres(`'\\${c}' inside '[…]' has no PostgreSQL equivalent; write the characters out`);
    return [`[^${CLASS_BODY[lower]}]`, 1];
  }
  if (c === "b" && inClass) return ["\\u0008", 1];
  if (c === "b" || c === "B") throw new NoPostgres(`'\\${c}' is a word boundary in ECMAScript but a backspace in PostgreSQL`);
  if (c === "p" || c === "P") throw new NoPostgres(`Unicode property classes '\\${c}{…}' do not exist in PostgreSQL`);
  if (c === "k" || /[1-9]/.test(c)) throw new NotPortable("back-references are not part of JSON Schema's portable regular expressions");
  if (c === "0") throw new NoPostgres("'\\0' (NUL) cannot occur in PostgreSQL text");
  if (c === "c") throw new NoPostgres(`control escapes '\\c…' have no PostgreSQL equivalent; use '\\u00XX'`);
  if ("tnrfv".includes(c)) return [`\\${c}`, 1];
  if (c === "x") return [`\\u00${chars.slice(at + 1, at + 3).join("")}`, 3];
  if (c === "u" && chars[at + 1] === "{") {
    const end = chars.indexOf("}", at);
    const code = parseInt(chars.slice(at + 2, end).join(""), 16);
    return [unicodeEscape(code), end - at + 1];
  }
  if (c === "u") {
    const digits = chars.slice(at + 1, at + 5).join("");
    const code = hex(digits) ? parseInt(digits, 16) : NaN;
    if (code >= 0xd800 && code <= 0xdfff)
      throw new NoPostgres("surrogate escapes '\\uD8xx' have no PostgreSQL equivalent; write the character or '\\u{…}'");
    return [unicodeEscape(code), 5];
  }
  if (SYNTAX.has(c)) return [`\\${c}`, 1];
  throw new NotPortable(`'\\${c}' is not a portable escape`);
}

function unicodeEscape(code: number): string {
  if (code === 0) throw new NoPostgres("'\\0' (NUL) cannot occur in PostgreSQL text");
  return code > 0xffff ? `\\U${code.toString(16).padStart(8, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
