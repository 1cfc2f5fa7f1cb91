/**
 * Hostile user text cannot break out of a description or a deprecation
 * reason, and no name can break the grammar: seeded random strings built from
 * quotes, backslashes, `"""`, braces, newlines and control characters go
 * through the SDL printers and graphql-js must parse exactly one type with
 * exactly one field, with the text intact.
 */
import { buildSchema, GraphQLObjectType, validateSchema } from "graphql";
import { graphqlName } from "@specloom/plugin-graphql";
import { printBlock } from "../src/sdl";
import { rng } from "@specloom/test-support";

const PIECES = [
  '"',
  '"""',
  "\\",
  '\\"""',
  "\n",
  "\r\n",
  "\r",
  " ",
  "\t",
  "{",
  "}",
  "#",
  "@",
  "(",
  ")",
  ":",
  "type X { a: Int }",
  "\u0001",
  "\u2028",
  "é",
  "😀",
  "a",
  "Z",
  "_",
  "9",
  "-",
  ".",
];

const next = rng(20260601);
const hostile = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

test("300 hostile descriptions and deprecation reasons parse back intact", () => {
  for (let i = 0; i < 300; i++) {
    const text = hostile();
    const sdl = `${printBlock("type Query", [{ name: "f", type: "String", description: text, deprecated: text }], text)}`;
    let schema;
    try {
      schema = buildSchema(sdl);
    } catch (e) {
      throw new Error(`${JSON.stringify(text)} broke the SDL: ${(e as Error).message}\n${sdl}`, { cause: e });
    }
    expect(validateSchema(schema)).toEqual([]);
    const query = schema.getQueryType() as GraphQLObjectType;
    expect(Object.keys(query.getFields())).toEqual(["f"]);
    const field = query.getFields().f!;
    expect(field.deprecationReason).toBe(text);
    // Block strings normalize line breaks and indentation; the words survive.
    expect(squash(field.description ?? "")).toBe(squash(text));
    expect(squash(query.description ?? "")).toBe(squash(text));
  }
});

test("300 hostile names come out as valid GraphQL names that never start with '__'", () => {
  for (let i = 0; i < 300; i++) {
    const raw = hostile();
    for (const kind of ["name", "enumValue"] as const) {
      const name = graphqlName(raw, kind);
      expect({ raw, name }).toEqual({ raw, name: expect.stringMatching(/^(?!__)[_A-Za-z][_0-9A-Za-z]*$/) });
      if (kind === "enumValue") expect(["true", "false", "null"]).not.toContain(name);
    }
  }
});
