import Ajv from "ajv";
import type { FieldNode } from "@specloom/core";
import { buildJsonSchemas, downgradeSchema, requestVisibleFields, responseHiddenFields, responseVisibleFields, type JsonSchema } from "@specloom/model";
import { buildSampleIr } from "@specloom/test-support";

const names = (fields: readonly FieldNode[]) => fields.map((f) => f.name);
const props = (s: JsonSchema | undefined) => Object.keys(s?.properties ?? {});

describe("visibility", () => {
  const user = buildSampleIr().models.find((m) => m.name === "User")!;

  test("responses drop sensitive, internal and write-only fields and navigations", () => {
    expect(names(responseVisibleFields(user))).toEqual([
      "id",
      "email",
      "name",
      "role",
      "organization_id",
      "theme",
      "created_at",
      "updated_at",
      "deleted_at",
    ]);
  });

  test("hidden fields with their reason (markdown's Output Sanitization)", () => {
    expect(responseHiddenFields(user).map(({ field, reason }) => `${field.name}:${reason}`)).toEqual(["password_hash:sensitive", "login_count:internal"]);
  });

  test("requests drop read-only, sensitive and internal fields", () => {
    expect(names(requestVisibleFields(user))).toEqual(["email", "name", "role", "organization_id", "theme"]);
  });
});

describe("buildJsonSchemas (3.1)", () => {
  const set = buildJsonSchemas(buildSampleIr());
  const c = set.components;

  test("sensitive and internal fields appear in no schema at all", () => {
    const text = JSON.stringify(set);
    expect(text).not.toContain("password_hash");
    expect(text).not.toContain("login_count");
  });

  test("models: readOnly marked and required in responses; request variant made for a model body", () => {
    expect(c.User!.properties).toMatchObject({ id: { type: "string", format: "uuid", readOnly: true } });
    expect(c.User!.required).toEqual(["id", "email", "name", "role", "theme", "created_at", "updated_at"]);
    expect(set.requestVariants).toEqual({ User: "UserCreate", Post: "PostCreate" });
    expect(props(c.UserCreate)).toEqual(["email", "name", "role", "organization_id", "theme"]);
    // A default means the server fills it in: optional in the request shape.
    expect(c.UserCreate!.required).toEqual(["email", "name"]);
    expect(set.bodies.createUser).toEqual({ $ref: "#/components/schemas/UserCreate" });
  });

  test("a named body schema that embeds a model gets an Input variant with the model's request shape", () => {
    expect(set.bodies.importPosts).toEqual({ $ref: "#/components/schemas/PostImportInput" });
    expect(c.PostImportInput!.properties).toEqual({ posts: { type: "array", items: { $ref: "#/components/schemas/PostCreate" } } });
    expect(props(c.PostCreate)).toEqual(["title", "status", "price", "views", "rating", "previous_status"]);
    // Responses keep the shared schema, whose items are the response shape.
    expect(set.responses.importPosts!["201"]).toEqual({ $ref: "#/components/schemas/PostImport" });
    expect(c.PostImport!.properties).toMatchObject({ posts: { items: { $ref: "#/components/schemas/Post" } } });
    // Plain DTOs without models are shared as they are.
    expect(set.bodies.register).toEqual({ $ref: "#/components/schemas/RegisterRequest" });
  });

  test("PATCH with a model body: <Model>Update, the request shape with every field optional", () => {
    expect(set.bodies.updatePost).toEqual({ $ref: "#/components/schemas/PostUpdate" });
    expect(props(c.PostUpdate)).toEqual(props(c.PostCreate));
    expect(c.PostUpdate!.required).toBeUndefined();
  });

  test("write-only fields are marked in shared schemas and absent from responses", () => {
    expect(c.RegisterRequest!.properties).toMatchObject({ password: { writeOnly: true, minLength: 8, pattern: "^(?=.*[A-Z])(?=.*[0-9])" } });
    expect(set.bodies.refresh).toMatchObject({ properties: { refresh_token: { writeOnly: true } } });
  });

  test("belongsTo FKs take the referenced key's schema; navigations are not properties", () => {
    expect(c.Post!.properties).toMatchObject({ user_id: { type: "string", format: "uuid" } });
    expect(c.User!.properties).toMatchObject({ organization_id: { type: ["string", "null"], format: "uuid" } });
    expect(props(c.User)).not.toContain("posts");
  });

  test("integer vs number, int64, decimal as a patterned string, phone format", () => {
    expect(c.Post!.properties).toMatchObject({
      views: { type: "integer", format: "int64", minimum: 0 },
      rating: { type: "number", minimum: 0, maximum: 5 },
      price: { type: "string", format: "decimal", pattern: "^-?\\d{1,8}(\\.\\d{1,2})?$", examples: ["9.99"] },
    });
    expect(c.SmsNotification!.properties).toMatchObject({ phone: { type: "string", format: "phone" } });
  });

  test("nullable enums: inline ones list null, named ones are anyOf [ref, null]", () => {
    expect(c.User!.properties).toMatchObject({ theme: { type: ["string", "null"], enum: ["light", "dark", null] } });
    expect(c.Post!.properties).toMatchObject({ previous_status: { anyOf: [{ $ref: "#/components/schemas/PostStatus" }, { type: "null" }] } });
    expect(c).not.toHaveProperty("UserTheme");
  });

  test("enum refs carry defaults through allOf (no $ref siblings)", () => {
    expect(c.User!.properties).toMatchObject({ role: { allOf: [{ $ref: "#/components/schemas/Role" }], default: "user" } });
    expect(c.Role).toEqual({ description: "Access level.", type: "string", enum: ["user", "admin"] });
  });

  test("discriminated union: oneOf of refs with a mapping; inline variants are hoisted", () => {
    expect(c.Notification).toEqual({
      oneOf: [
        { $ref: "#/components/schemas/EmailNotification" },
        { $ref: "#/components/schemas/SmsNotification" },
        { $ref: "#/components/schemas/NotificationPush" },
      ],
      discriminator: {
        propertyName: "channel",
        mapping: {
          email: "#/components/schemas/EmailNotification",
          sms: "#/components/schemas/SmsNotification",
          push: "#/components/schemas/NotificationPush",
        },
      },
    });
    expect(c.NotificationPush!.properties).toMatchObject({ channel: { type: "string", const: "push" } });
  });

  test("an alias with docs wraps its $ref in allOf (no $ref siblings)", () => {
    expect(c.Moderator).toEqual({ description: "An alias of another named type.", allOf: [{ $ref: "#/components/schemas/AuditedEntity" }] });
  });

  test("extension becomes allOf", () => {
    expect(c.AdminNote!.allOf).toEqual([{ $ref: "#/components/schemas/AuditedEntity" }, expect.objectContaining({ type: "object", required: ["note"] })]);
  });

  test("a bare array with pagination gets the envelope; a named Paginated schema is used as is", () => {
    expect(set.responses.feed!["200"]).toEqual({ $ref: "#/components/schemas/CursorPagePost" });
    expect(set.responses.listPosts!["200"]).toEqual({ $ref: "#/components/schemas/PaginatedPost" });
    expect(c.CursorPagePost!.properties).toMatchObject({ data: { type: "array", items: { $ref: "#/components/schemas/Post" } } });
  });

  test("pagination parameters: page and limit with the endpoint's default and maximum", () => {
    const params = set.parameters.listPosts!;
    expect(params.map((p) => `${p.in}:${p.name}`)).toEqual(["query:status", "query:page", "query:limit"]);
    expect(params[2]!.schema).toEqual({ type: "integer", format: "int32", minimum: 1, maximum: 100, default: 20 });
  });

  test("component names are sorted (stable output)", () => {
    const keys = Object.keys(c);
    expect(keys).toEqual([...keys].sort());
  });
});

describe("3.0.3 downgrade", () => {
  const set = buildJsonSchemas(buildSampleIr(), { version: "3.0.3" });
  const c = set.components;

  test("nullable instead of type lists, enum instead of const, example instead of examples", () => {
    expect(c.User!.properties).toMatchObject({ organization_id: { type: "string", format: "uuid", nullable: true } });
    expect(c.NotificationPush!.properties).toMatchObject({ channel: { type: "string", enum: ["push"] } });
    expect(c.Post!.properties).toMatchObject({ price: { example: "9.99" } });
    // Schema Objects only: a parameter's own `examples` map is valid 3.0.
    const text = JSON.stringify({ ...set, parameters: Object.values(set.parameters).map((list) => list.map((p) => p.schema)) });
    expect(text).not.toContain('"const"');
    expect(text).not.toContain('"examples"');
    expect(text).not.toContain('"null"');
  });

  test("nullable enums in 3.0", () => {
    expect(c.User!.properties).toMatchObject({ theme: { type: "string", nullable: true, enum: ["light", "dark", null] } });
    expect(c.Post!.properties).toMatchObject({
      previous_status: { type: "string", allOf: [{ $ref: "#/components/schemas/PostStatus" }], nullable: true },
    });
  });

  test("a nullable $ref becomes allOf + nullable with the target's type next to it", () => {
    const nullableRef = { anyOf: [{ $ref: "#/components/schemas/Role" }, { type: "null" }], description: "d" };
    expect(downgradeSchema(nullableRef, () => "string")).toEqual({
      type: "string",
      allOf: [{ $ref: "#/components/schemas/Role" }],
      description: "d",
      nullable: true,
    });
  });

  test("a closed allOf (3.0 has no unevaluatedProperties) becomes one object listing every member's property, closed", () => {
    const tagged = c.TaggedReading!;
    expect(tagged.allOf).toBeUndefined();
    expect(tagged).toMatchObject({ type: "object", additionalProperties: false, description: "A reading with a tag.", deprecated: true });
    // Reading's properties, then the own one; the 3.0 spellings apply to the merged properties too.
    expect(Object.keys(tagged.properties as object)).toEqual([...Object.keys(c.Reading!.properties as object), "tag"]);
    expect(tagged.required).toEqual([...(c.Reading!.required as string[]), "tag"]);
    expect((tagged.properties as Record<string, JsonSchema>).unit).toEqual({ type: "string", enum: ["celsius"] });
  });

  test("closed allOf in 3.0: nested bases are merged, a property declared twice must satisfy both, and the result rejects undeclared properties", () => {
    const components: Record<string, JsonSchema> = {
      Named: { type: "object", description: "Has a name.", properties: { name: { type: "string" } }, required: ["name"] },
      Labeled: { allOf: [{ $ref: "#/components/schemas/Named" }, { type: "object", properties: { label: { type: "string" } } }] },
    };
    const closed = {
      description: "Closed.",
      allOf: [
        { $ref: "#/components/schemas/Labeled" },
        { type: "object", properties: { name: { type: "string", maxLength: 5 }, n: { type: "integer" } }, required: ["n"] },
      ],
      unevaluatedProperties: false,
    };
    const flat = downgradeSchema(
      closed,
      () => "object",
      (name) => components[name],
    );
    expect(flat).toEqual({
      description: "Closed.",
      type: "object",
      properties: { name: { allOf: [{ type: "string" }, { type: "string", maxLength: 5 }] }, label: { type: "string" }, n: { type: "integer" } },
      required: ["name", "n"],
      additionalProperties: false,
    });
    const validate = new Ajv({ strict: true }).compile(flat);
    expect([
      validate({ name: "Ada", n: 1 }),
      validate({ name: "Ada", n: 1, label: "x" }),
      validate({ name: "Ada", n: 1, extra: true }),
      validate({ name: "Adelaide", n: 1 }),
    ]).toEqual([true, true, false, false]);
    // A member that is not a plain object (here a union) cannot be listed: that allOf stays as it is, open.
    const union = { allOf: [{ anyOf: [{ type: "object" }, { type: "string" }] }], unevaluatedProperties: false };
    expect(
      downgradeSchema(
        union,
        () => undefined,
        () => undefined,
      ),
    ).toEqual({ allOf: [{ anyOf: [{ type: "object" }, { type: "string" }] }] });
  });

  test("numeric exclusive bounds become 3.0 boolean flags", () => {
    expect(downgradeSchema({ type: "number", exclusiveMinimum: 0, exclusiveMaximum: 10 }, () => undefined)).toEqual({
      type: "number",
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 10,
      exclusiveMaximum: true,
    });
  });
});
