/**
 * Names a shared wire schema for the OpenAPI document: wherever the same object is used (a
 * response, a contain, a list's items), the document refers to one `components/schemas/<name>`,
 * so generated SDKs get a named type (Resource, Secret, User, ...) and the document stays small.
 * Validation is unchanged: ajv sees the same object, with no `$id` added to it.
 */
const names = new WeakMap<object, string>();

export function component<T extends object>(name: string, schema: T): T {
  const previous = names.get(schema);
  if (previous && previous !== name) throw new Error(`schema named both ${previous} and ${name}`);
  names.set(schema, name);
  return schema;
}

/** The name given to this very object by component(), if any. */
export function componentNameOf(schema: object): string | undefined {
  return names.get(schema);
}
