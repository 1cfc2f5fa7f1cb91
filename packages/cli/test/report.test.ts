/** Colour follows tsc and the NO_COLOR / FORCE_COLOR conventions. */
import { useColor } from "../src/report";

const tty = { isTTY: true } as NodeJS.WritableStream & { isTTY?: boolean };
const pipe = { isTTY: false } as NodeJS.WritableStream & { isTTY?: boolean };

test("colour on a terminal, none in a pipe", () => {
  expect(useColor(tty, {})).toBe(true);
  expect(useColor(pipe, {})).toBe(false);
});

test("NO_COLOR and TERM=dumb turn it off; FORCE_COLOR wins either way", () => {
  expect(useColor(tty, { NO_COLOR: "1" })).toBe(false);
  expect(useColor(tty, { NO_COLOR: "" })).toBe(true);
  expect(useColor(tty, { TERM: "dumb" })).toBe(false);
  expect(useColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
  expect(useColor(tty, { FORCE_COLOR: "0", NO_COLOR: "" })).toBe(false);
  expect(useColor(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
});
