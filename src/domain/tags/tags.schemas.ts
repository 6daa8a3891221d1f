/** Request and response schemas of /tags. */
import { anySchema, uuidSchema } from "../../http/schemas/common.ts";
import { component } from "../../http/schemas/component.ts";

export const TAG_SLUG_MAX = 128;
const slug = { type: "string", minLength: 1, maxLength: TAG_SLUG_MAX } as const;

/** What the browser extension sends: the complete list of the caller's tag slugs on the resource. */
export const resourceTagsSchema = {
  type: "object",
  required: ["tags"],
  additionalProperties: false,
  properties: {
    tags: {
      type: "array",
      items: slug,
      maxItems: 100,
      description: 'Every tag the caller wants on the resource; "#..." slugs are shared tags.',
    },
  },
} as const;

/** The tag entity the extension sends back (`id` and `is_shared` are ignored). */
export const updateTagSchema = {
  type: "object",
  required: ["slug"],
  additionalProperties: false,
  properties: { slug, id: anySchema, is_shared: anySchema },
} as const;

export interface ResourceTagsBody {
  tags: string[];
}
export interface UpdateTagBody {
  slug: string;
}

export const tagSchema = component("Tag", {
  type: "object",
  additionalProperties: false,
  required: ["id", "slug", "is_shared"],
  properties: {
    id: uuidSchema,
    slug: { type: "string" },
    is_shared: { type: "boolean", description: 'True for a shared tag (its slug starts with "#").' },
  },
} as const);
