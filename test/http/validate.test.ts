import { expect } from "chai";
import { assertValid, toErrorTree } from "../../src/http/validate.ts";
import { AppError } from "../../src/http/errors.ts";
import { registerUserSchema } from "../../src/domain/users/users.schemas.ts";

describe("validate.assertValid()", () => {
  it("returns the value when it matches", () => {
    const v = { username: "ada@example.com", first_name: "Ada", last_name: "L", role: "admin" };
    expect(assertValid(registerUserSchema, v)).to.equal(v);
  });

  it("throws 400 with a field -> rule -> message tree", () => {
    let err: AppError | undefined;
    try {
      assertValid(
        registerUserSchema,
        { username: "nope", first_name: "", role: "root", extra: 1 },
        "Could not validate user data.",
      );
    } catch (e) {
      err = e as AppError;
    }
    expect(err).to.be.instanceOf(AppError);
    expect(err!.status).to.equal(400);
    expect(err!.message).to.equal("Could not validate user data.");
    const body = err!.body as Record<string, Record<string, string>>;
    expect(body.username).to.have.key("email");
    expect(body.first_name).to.have.key("_empty");
    expect(body.last_name).to.have.key("_required");
    expect(body.role).to.have.key("inList");
    expect(body.extra).to.have.key("_unexpected");
    for (const rules of Object.values(body))
      for (const m of Object.values(rules)) expect(m).to.be.a("string").and.not.empty;
  });
});

describe("validate.toErrorTree()", () => {
  it("nests array items by index, as Passbolt's clients look them up", () => {
    const tree = toErrorTree([
      {
        keyword: "required",
        instancePath: "/secrets/0",
        schemaPath: "",
        params: { missingProperty: "data" },
      },
      { keyword: "maxItems", instancePath: "/secrets", schemaPath: "", params: { limit: 1 } },
    ]);
    expect(tree).to.deep.equal({
      secrets: {
        "0": { data: { _required: "The data is required." } },
        hasAtMost: "The secrets should contain at most 1 items.",
      },
    });
  });
});
