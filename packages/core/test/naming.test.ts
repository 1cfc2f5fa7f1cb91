/** Table names come from a maintained pluralizer; specloom keeps only its own documented exceptions. */
import { tableNameFor } from "@specloom/core";

test.each([
  ["Analysis", "analyses"],
  ["Quiz", "quizzes"],
  ["Series", "series"],
  ["Hero", "heroes"],
  ["UserWithLinks", "user_with_links"], // already plural: not "…_linkses"
  ["Person", "people"],
  ["Category", "categories"],
  ["OrderItem", "order_items"],
  ["Address", "addresses"],
  ["Status", "statuses"],
  ["Index", "indexes"], // PostgreSQL's own wording, kept from before the pluralizer
  ["SearchIndex", "search_indexes"],
])("%s → %s", (model, table) => {
  expect(tableNameFor(model, "snake_case")).toBe(table);
});

test("explicit and preserved names are left alone", () => {
  expect(tableNameFor("Quiz", "snake_case", "quiz_table")).toBe("quiz_table");
  expect(tableNameFor("Quiz", "preserve")).toBe("Quiz");
});
