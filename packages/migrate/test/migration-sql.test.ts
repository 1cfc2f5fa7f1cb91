/** The statement splitter the PGlite test runs migrations with, on the shapes migrations contain. */
import { splitStatements } from "../src";

test("splits on top-level semicolons only: quotes, quoted names, dollar bodies and comments stay whole", () => {
  const script = [
    "-- a comment; not a statement",
    "COMMENT ON TABLE t IS 'it''s; fine';",
    'ALTER TABLE "we;ird" ADD COLUMN x INT;',
    "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.a := now();\n  RETURN NEW;\nEND;\n$$;",
    "DO $body$ BEGIN PERFORM 1; END $body$;",
  ].join("\n\n");
  expect(splitStatements(script)).toEqual([
    "COMMENT ON TABLE t IS 'it''s; fine';",
    'ALTER TABLE "we;ird" ADD COLUMN x INT;',
    "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.a := now();\n  RETURN NEW;\nEND;\n$$;",
    "DO $body$ BEGIN PERFORM 1; END $body$;",
  ]);
});

test("tags with digits (dollarQuoteTag's $sl1$) and a $ inside an unquoted name", () => {
  const script = ["DO $sl1$ BEGIN PERFORM '$$;$sl$'; END $sl1$;", "ALTER TABLE a$b$ ADD COLUMN c INT;", "SELECT 1;"].join("\n");
  expect(splitStatements(script)).toEqual(["DO $sl1$ BEGIN PERFORM '$$;$sl$'; END $sl1$;", "ALTER TABLE a$b$ ADD COLUMN c INT;", "SELECT 1;"]);
});
