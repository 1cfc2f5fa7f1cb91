import * as v8 from "node:v8";
import { narrowString } from "../src/narrow-strings";

/** v8.serialize tags a one-byte string '"' and a two-byte one 'c' (after padding), so the test can see the layout. */
function isTwoByte(text: string): boolean {
  const bytes = v8.serialize(text);
  let i = 2;
  while (bytes[i] === 0) i++;
  return bytes[i] === "c".charCodeAt(0);
}

test("a large ASCII string built from two-byte pieces becomes one byte per character, with the same text", () => {
  const piece = "—name".slice(1); // ASCII text sliced from a two-byte string stays two-byte
  const text = Array.from({ length: 20_000 }, (_, i) => `${piece}${i}`).join("\n");
  expect(isTwoByte(text)).toBe(true);
  const narrow = narrowString(text);
  expect(narrow).toBe(text);
  expect(isTwoByte(narrow)).toBe(false);
});

test("text with a non-ASCII character, and small text, are returned as they are", () => {
  const wide = `${"x".repeat(100_000)}✓`;
  expect(narrowString(wide)).toBe(wide);
  expect(isTwoByte(narrowString(wide))).toBe(true);
  const latin1 = `${"x".repeat(100_000)}é`;
  expect(narrowString(latin1)).toBe(latin1);
  expect(narrowString("—a".slice(1))).toBe("a");
});
