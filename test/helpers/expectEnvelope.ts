import { expect } from "chai";
import type { ApiResponse } from "./api.ts";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Checks the seven header keys Passbolt's clients rely on, whatever the status. */
export function expectHeader(res: ApiResponse, status: "success" | "error", code: number): void {
  expect(res.headers.get("content-type"), "content type").to.match(/^application\/json/);
  const h = res.json.header;
  expect(h, "envelope header").to.include.keys(
    "id",
    "status",
    "servertime",
    "action",
    "message",
    "url",
    "code",
  );
  expect(h.id).to.match(UUID_V4);
  expect(h.action).to.match(UUID_V5);
  expect(h.status).to.equal(status);
  expect(h.code).to.equal(code);
  expect(h.servertime).to.be.a("number");
  expect(Math.abs((h.servertime as number) - Date.now() / 1000)).to.be.lessThan(60);
  expect(h.message).to.be.a("string");
  expect(h.url).to.be.a("string");
  expect(res.status, `HTTP status (message: ${h.message})`).to.equal(code);
  expect(res.headers.get("x-request-id")).to.equal(h.id);
}

export function expectSuccess(res: ApiResponse, code = 200): void {
  expectHeader(res, "success", code);
}

/** An error envelope with the given status; `message` may be a string or a RegExp. */
export function expectError(res: ApiResponse, code: number, message?: string | RegExp): void {
  expectHeader(res, "error", code);
  if (typeof message === "string") expect(res.json.header.message).to.equal(message);
  else if (message) expect(res.json.header.message).to.match(message);
  expect(res.text, "no stack trace in the response").not.to.match(/\bat .+\.(ts|js):\d+/);
}
