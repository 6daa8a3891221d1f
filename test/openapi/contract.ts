/**
 * The response check every test gets through test/helpers/api.ts: each response is held to the
 * OpenAPI document for its operation and status. The document is generated in memory from the
 * routers once per test process (not read from openapi/openapi.json), so a route added a
 * moment ago is checked before the committed file is regenerated.
 */
import { DOCS_ROUTES } from "../../src/domain/docs/docs.routes.ts";
import type { OpenApiDocument } from "../../src/openapi/document.ts";
import { generateOpenApiDocument } from "../../src/openapi/generate.ts";
import { ResponseValidator, type ObservedResponse } from "../../src/openapi/responseValidator.ts";

let validator: ResponseValidator | undefined;
let document: OpenApiDocument | undefined;

/** The document of this test process, generated on first use. */
export function contractDocument(): OpenApiDocument {
  document ??= generateOpenApiDocument();
  return document;
}

/** The validator of this test process: the reference pages and the document itself are exempt. */
export function contractValidator(): ResponseValidator {
  validator ??= new ResponseValidator(contractDocument(), (method, path) =>
    DOCS_ROUTES.some((r) => r.method === method && r.path === path),
  );
  return validator;
}

/** @throws Error naming the operation, the status and what does not match */
export function assertMatchesContract(res: ObservedResponse): void {
  contractValidator().assert(res);
}
