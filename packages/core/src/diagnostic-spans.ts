/** The span a diagnostic underlines: shared by the terminal formatter and the editor plugin so both underline the same text. */

const WORD = /^[\p{L}\p{N}_$]+/u;
const QUOTED = /^(["'`])(?:\\.|(?!\1)[^\\\n])*\1/;

/**
 * How many characters of `text`, from `offset`, form the token a location without an
 * end points at: a name, a quoted string, or else one character.
 */
export function tokenLength(text: string, offset: number): number {
  const rest = text.slice(offset, offset + 500);
  const match = WORD.exec(rest) ?? QUOTED.exec(rest);
  return match ? match[0].length : Math.min(1, rest.length);
}
