/** Colour follows tsc and the NO_COLOR / FORCE_COLOR conventions. */
import { parseCliArgs } from "../src/args";
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

describe("did you mean, wherever the command line names something", () => {
  const message = (argv: string[]) => {
    const parsed = parseCliArgs(argv);
    return parsed.ok ? "" : parsed.diagnostic.message;
  };
  test.each([
    [["biuld"], /^Unknown command 'biuld'; expected one of .*\. Did you mean 'build'\?/],
    [["build", "--stirct"], /^Unknown option '--stirct'\. Did you mean '--strict'\?/],
    [["check", "--verbos"], /^Unknown option '--verbos'\. Did you mean '--verbose'\?/],
    [["import", "postgress", "x.sql"], /^Unknown import kind 'postgress'; .*Did you mean 'postgres'\?/],
    [["build", "--format", "jsn"], /^Invalid --format 'jsn'; .*Did you mean 'json'\?/],
  ])("%j", (argv, expected) => {
    expect(message(argv)).toMatch(expected);
  });
  test("no guess when nothing is close", () => {
    expect(message(["frobnicate"])).not.toMatch(/Did you mean/);
  });
});
