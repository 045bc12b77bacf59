/**
 * The JSON Schema of brand files, generated from the zod schema (one definition, no drift):
 * `npm run build:schema` writes it to `schema/brand.schema.json`, and a test fails when the
 * committed file is out of date. Editors (VS Code, JetBrains) use it through a brand file's
 * `"$schema"` field for completion and inline errors.
 */
import { z } from 'zod';
import { brandSchema } from './schema.js';

/** Link fields: zod checks them in code; the JSON Schema gets an equivalent pattern for editors. */
const LINK_PATTERN = '^(https?://[^\\s]+|mailto:[^\\s@]+@[^\\s@]+|tel:\\+?[0-9][0-9\\-.()]{2,30})$';

type JsonObject = Record<string, unknown>;

export function brandJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(brandSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  const { $schema, ...rest } = generated;
  const schema: JsonObject = {
    $schema,
    title: 'va-infographic brand',
    description: 'A brand for va-infographic: organisation, colours, fonts, logo, links and extra text for the handout.',
    ...rest,
  };
  const links = ((schema.properties as JsonObject).links as JsonObject | undefined)?.properties as Record<string, JsonObject> | undefined;
  for (const field of Object.values(links ?? {})) {
    field.pattern = LINK_PATTERN;
    field.maxLength = 2000;
  }
  // The website FAQ policy's links (issue 12).
  const policy = (schema.properties as JsonObject).policy as JsonObject | undefined;
  for (const field of policyLinkFields(policy)) {
    field.pattern = LINK_PATTERN;
    field.maxLength = 2000;
  }
  const notice = ((policy?.properties as Record<string, JsonObject> | undefined)?.cancellation?.properties as Record<string, JsonObject> | undefined)?.noticeHours;
  if (notice) notice.type = 'integer';
  return schema;
}

function policyLinkFields(policy: JsonObject | undefined): JsonObject[] {
  const props = (o: JsonObject | undefined) => (o?.properties ?? {}) as Record<string, JsonObject>;
  const p = props(policy);
  const social = props(p.otherBooking).social?.items as JsonObject | undefined;
  return [props(p.cancellation).link, props(p.portal).url, props(social).url].filter((f): f is JsonObject => f !== undefined);
}

/** The file content: pretty-printed JSON with a final newline. */
export function brandJsonSchemaText(): string {
  return JSON.stringify(brandJsonSchema(), null, 2) + '\n';
}
