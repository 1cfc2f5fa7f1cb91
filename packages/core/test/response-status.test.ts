/** Response statuses as OpenAPI keys them: codes, ranges and `default`, parsed, ordered and matched once for every consumer. */
import { compareStatuses, isSuccessStatus, parseResponseStatus, responseStatusHint, statusClass, statusCovers, type ResponseStatus } from "@specloom/core";

test("parses codes, uppercase ranges and default; anything else is no status, with a hint where one helps", () => {
  expect(["200", "599", "2XX", "default"].map(parseResponseStatus)).toEqual([200, 599, "2XX", "default"]);
  expect(["099", "600", "2xx", "6XX", "Default", "20X", "", "x-note"].map(parseResponseStatus)).toEqual(Array(8).fill(undefined));
  expect(responseStatusHint("2xx")).toContain("Did you mean '2XX'?");
  expect(responseStatusHint("20x")).toContain("Did you mean '2XX'?");
  expect(responseStatusHint("Default")).toBe(" Did you mean 'default'?");
  expect(responseStatusHint("defualt")).toBe(" Did you mean 'default'?");
  expect(responseStatusHint("oops")).toBe("");
});

test("orders codes, then ranges, then default, as a JSON object keeps them; classes and coverage", () => {
  const statuses: ResponseStatus[] = ["default", "4XX", 404, "2XX", 200, "5XX", 101];
  expect([...statuses].sort(compareStatuses)).toEqual([101, 200, 404, "2XX", "4XX", "5XX", "default"]);
  expect(Object.keys(Object.fromEntries([...statuses].sort(compareStatuses).map((s) => [String(s), 1])))).toEqual([
    "101",
    "200",
    "404",
    "2XX",
    "4XX",
    "5XX",
    "default",
  ]);
  expect(statuses.map(statusClass)).toEqual([undefined, 4, 4, 2, 2, 5, 1]);
  expect(statuses.filter(isSuccessStatus)).toEqual(["2XX", 200]);
  expect([statusCovers("4XX", 401), statusCovers(401, 401), statusCovers("5XX", 401), statusCovers("default", 401)]).toEqual([true, true, false, false]);
});
