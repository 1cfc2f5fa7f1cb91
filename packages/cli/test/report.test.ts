/** Colour follows tsc and the NO_COLOR / FORCE_COLOR conventions. */
import { parseCliArgs } from "../src/args";
import { Writable } from "node:stream";
import { Reporter, useColor } from "../src/report";

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

describe("progress of a long build", () => {
  const stream = (isTTY: boolean) => {
    const chunks: string[] = [];
    const writable = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    return { writable: Object.assign(writable, { isTTY }), text: () => chunks.join("") };
  };
  const reporter = (isTTY: boolean, options: { quiet?: boolean; verbose?: boolean } = {}) => {
    const err = stream(isTTY);
    const out = stream(false);
    const r = new Reporter({ format: "text", quiet: false, verbose: false, ...options, stdout: out.writable, stderr: err.writable, progressAfterMs: -1 });
    return { r, err, out };
  };

  test("on a terminal: one line on stderr, rewritten in place and erased before other output", () => {
    const { r, err, out } = reporter(true);
    const phase = r.progress();
    phase("compile");
    phase("checker");
    expect(err.text()).toMatch(/^\r\x1b\[Kspecloom: compile… \(\d+\.\d s\)\r\x1b\[Kspecloom: checker… \(\d+\.\d s\)$/);
    r.info("done");
    expect(err.text().endsWith("\r\x1b[K")).toBe(true);
    expect(out.text()).toBe("done\n");
  });

  test("--quiet stays quiet, and a pipe gets no progress", () => {
    for (const { r, err } of [reporter(true, { quiet: true }), reporter(false)]) {
      r.progress()("compile");
      expect(err.text()).toBe("");
    }
  });
});
