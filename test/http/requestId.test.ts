/**
 * One id follows a request through the proxy's log and ours: a valid incoming X-Request-Id is
 * kept (echoed, logged as reqId; header.id when it is a UUID v4), anything else is replaced.
 * Every access log line carries the client address.
 */
import { expect } from "chai";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";

describe("X-Request-Id and the access log", function () {
  this.timeout(60_000);
  let proc: ServerProcess;
  before(async () => {
    proc = await startServerProcess();
  });
  after(async () => {
    await proc.stop();
  });

  const call = async (id?: string) => {
    const res = await fetch(`${proc.url}/healthcheck/status.json`, {
      headers: id ? { "x-request-id": id } : {},
    });
    const body = (await res.json()) as { header: { id: string } };
    await new Promise((r) => setTimeout(r, 150));
    return { echoed: res.headers.get("x-request-id"), headerId: body.header.id };
  };
  const lineFor = (reqId: string) =>
    proc.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === "request" && l.reqId === reqId);

  it("keeps an incoming UUID v4 as the request id everywhere", async () => {
    const id = "0d3c1e5a-8f2b-4c6d-9e7f-1a2b3c4d5e6f";
    const { echoed, headerId } = await call(id);
    expect(echoed).to.equal(id);
    expect(headerId).to.equal(id);
    expect(lineFor(id), "access log line").to.include({
      path: "/healthcheck/status.json",
      status: 200,
      client: "127.0.0.1",
    });
  });

  it("keeps a proxy's own id (nginx $request_id) for the log and the header, with a UUID header.id", async () => {
    const id = "3f8a9b2c4d5e6f708192a3b4c5d6e7f8";
    const { echoed, headerId } = await call(id);
    expect(echoed).to.equal(id);
    expect(headerId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lineFor(id)).to.include({ headerId });
  });

  it("replaces an id that is too long or carries other characters, and logs no part of it", async () => {
    for (const bad of ["x".repeat(129), "abc def", "<script>", "id\u00e9"]) {
      const { echoed, headerId } = await call(bad);
      expect(echoed, bad).to.equal(headerId);
      expect(lineFor(headerId), bad).to.include({ client: "127.0.0.1" });
    }
    expect(proc.lines.join("\n")).not.to.include("<script>");
  });
});
