import type { JSONSchemaType } from "ajv";

export interface RegisterUserInput {
  username: string;
  first_name: string;
  last_name: string;
  role: "admin" | "user";
}

/** The CLI's register-user arguments (POST /users.json reuses the field rules). */
export const registerUserSchema: JSONSchemaType<RegisterUserInput> = {
  type: "object",
  additionalProperties: false,
  required: ["username", "first_name", "last_name", "role"],
  properties: {
    username: { type: "string", format: "email", maxLength: 255 },
    first_name: { type: "string", minLength: 1, maxLength: 255 },
    last_name: { type: "string", minLength: 1, maxLength: 255 },
    role: { type: "string", enum: ["admin", "user"] },
  },
};
