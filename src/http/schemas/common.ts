/**
 * Schemas shared by every domain. Each has an $id: the OpenAPI generator turns those into
 * components, and ajv resolves them by reference.
 */
export const uuidSchema = { type: "string", format: "uuid" } as const;
export const dateTimeSchema = { type: "string", format: "date-time" } as const;
export const nullableDateTimeSchema = { type: ["string", "null"], format: "date-time" } as const;

/** `contain[x]` takes 1|0|true|false (any case); anything else is a 400. */
export const containValueSchema = {
  type: "string",
  pattern: "^(?:[01]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$",
} as const;

export const isTrue = (v: unknown): boolean =>
  typeof v === "string" && (v === "1" || v.toLowerCase() === "true");

export function containParam(name: string, description?: string) {
  return {
    name: `contain[${name}]`,
    schema: containValueSchema,
    description: description ?? `Include ${name}.`,
  };
}

export const anySchema = {} as const;

/**
 * `transfer.owners` of a user or group deletion: the permissions (by id) to promote to owner on
 * the resources the leaving user or group solely owns.
 */
export function transferOwnersSchema(description?: string) {
  return {
    type: "array",
    maxItems: 10000,
    ...(description ? { description } : {}),
    items: {
      type: "object",
      additionalProperties: false,
      required: ["id", "aco_foreign_key"],
      properties: { id: uuidSchema, aco_foreign_key: uuidSchema },
    },
  } as const;
}
