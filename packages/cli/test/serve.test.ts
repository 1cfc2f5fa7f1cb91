/** The --serve module on a real loopback socket: files, the live-reload stream, and nothing outside the folder. */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { parseCliArgs } from "../src/args";
import { LIVE_RELOAD_PATH, startServer, type LiveServer } from "../src/serve";
import { tempDir } from "./helpers";

let server: LiveServer;
let root: string;

beforeAll(async () => {
  root = path.join(tempDir(), "technical");
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, "openapi.json"), '{"openapi":"3.1.0"}');
  fs.writeFileSync(path.join(path.dirname(root), "secret.txt"), "outside");
  server = await startServer(root, 0);
});
afterAll(() => server.close());

function get(pathname: string, method = "GET"): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    // The raw path, as an attacker would send it: a URL object would normalize `..` away first.
    const { hostname, port } = new URL(server.url);
    const req = http.request({ hostname, port, path: pathname, method }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("serves the folder on 127.0.0.1: a file, and a listing with the live-reload script while there is no reference page", async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(await get("/openapi.json")).toMatchObject({ status: 200, type: "application/json; charset=utf-8", body: '{"openapi":"3.1.0"}' });
  const index = await get("/");
  expect(index.body).toContain('<a href="openapi.json">openapi.json</a>');
  expect(index.body).toContain(LIVE_RELOAD_PATH);
  fs.writeFileSync(path.join(root, "reference.html"), "<html><body><h1>API</h1></body></html>");
  const reference = await get("/");
  expect(reference.body).toMatch(/^<html><body><h1>API<\/h1><script>new EventSource\(.*<\/script>\n<\/body><\/html>$/);
});

test("nothing outside the folder, no writes", async () => {
  expect((await get("/../secret.txt")).status).toBe(404);
  expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
  expect((await get("/..%2fsecret.txt")).status).toBe(404);
  expect((await get("/%00")).status).toBe(404);
  expect((await get("/missing.json")).status).toBe(404);
  expect((await get("/openapi.json", "POST")).status).toBe(405);
  // A symbolic link inside the folder that leads out of it serves nothing, and its folder lists nothing.
  fs.symlinkSync(path.join(path.dirname(root), "secret.txt"), path.join(root, "link.txt"));
  fs.symlinkSync(path.dirname(root), path.join(root, "up"), "dir");
  expect((await get("/link.txt")).status).toBe(404);
  expect((await get("/up/secret.txt")).status).toBe(404);
  expect((await get("/up/")).body).not.toContain("secret.txt");
  fs.rmSync(path.join(root, "link.txt"));
  fs.rmSync(path.join(root, "up"));
});

test("reload() sends a reload event to every open page", async () => {
  const event = new Promise<string>((resolve, reject) => {
    const req = http.get(new URL(LIVE_RELOAD_PATH, server.url), (res) => {
      let text = "";
      res.on("data", (c: Buffer) => {
        text += c.toString();
        if (text.includes(": connected")) server.reload();
        if (text.includes("event: reload")) {
          req.destroy();
          resolve(text);
        }
      });
    });
    req.on("error", reject);
  });
  expect(await event).toContain("event: reload\ndata: {}\n\n");
});

test("--serve needs --watch, --port needs --serve and a port number", () => {
  const message = (argv: string[]) => {
    const parsed = parseCliArgs(argv);
    return parsed.ok ? "ok" : parsed.diagnostic.message;
  };
  expect(message(["build", "--serve"])).toMatch(/^--serve needs --watch/);
  expect(message(["build", "--watch", "--port", "8080"])).toMatch(/^--port needs --serve/);
  expect(message(["build", "--watch", "--serve", "--port", "http"])).toMatch(/^Invalid --port 'http'/);
  expect(message(["build", "--watch", "--serve", "--port", "70000"])).toMatch(/^Invalid --port '70000'/);
  expect(message(["check", "--watch", "--serve"])).toMatch(/'--serve' is not valid for 'check'/);
  // import takes only --out and --schema: every other flag is refused, not silently dropped.
  expect(message(["import", "openapi", "a.yaml", "--port", "9000"])).toMatch(/'--port' is not valid for 'import'/);
  expect(message(["import", "openapi", "a.yaml", "--template", "minimal"])).toMatch(/'--template' is not valid for 'import'/);
  expect(message(["import", "postgres", "a.sql", "--lang", "de"])).toMatch(/'--lang' is not valid for 'import'/);
  expect(message(["import", "postgres", "a.sql", "--schema", "shop", "--out", "x"])).toBe("ok");
  expect(parseCliArgs(["build", "--watch", "--serve", "--port", "0"])).toMatchObject({ ok: true, options: { serve: true, port: 0 } });
});
