import type { FieldDef, ListFieldDefItem } from 'contentlayer2/source-files';
import * as v from 'valibot';

import { DATE_FORMAT, FRONTMATTER_FIELDS } from './schema';

type Scalar =
  | ListFieldDefItem.ItemString
  | ListFieldDefItem.ItemBoolean
  | ListFieldDefItem.ItemDate
  | ListFieldDefItem.ItemEnum;

/** The contentlayer2 type of a field's value; a kind of schema contentlayer2 has no type for is a mistake in the schema. */
function scalarOf(schema: v.GenericSchema): Scalar {
  if (
    v.getMetadata(
      schema as v.SchemaWithPipe<[v.GenericSchema, v.MetadataAction<unknown, typeof DATE_FORMAT>]>,
    ).format === DATE_FORMAT.format
  ) {
    return { type: 'date' };
  }
  if (schema.type === 'string' || schema.type === 'boolean') return { type: schema.type };
  if (schema.type === 'picklist' && 'options' in schema)
    return { type: 'enum', options: schema.options as readonly string[] };
  throw new Error(
    `lib/content/schema.ts: contentlayer2 has no field type for a valibot ${schema.type}`,
  );
}

function fieldOf(schema: v.GenericSchema): FieldDef {
  const optional = (schema.type === 'optional' || schema.type === 'nullish') && 'wrapped' in schema;
  const value = optional ? (schema.wrapped as v.GenericSchema) : schema;
  const type =
    value.type === 'array' && 'item' in value
      ? { type: 'list' as const, of: scalarOf(value.item as v.GenericSchema) }
      : scalarOf(value);
  const fallback: unknown = optional ? v.getDefault(schema) : undefined;
  // The schema's default has the field's own type; contentlayer2's types cannot see that through the union.
  return fallback === undefined
    ? { ...type, required: !optional }
    : ({ ...type, default: fallback } as FieldDef);
}

/** The frontmatter fields as contentlayer2 declares them, derived from the schema so that the two cannot differ. */
export function contentlayerFields(): Record<string, FieldDef> {
  return Object.fromEntries(
    Object.entries(FRONTMATTER_FIELDS).map(([name, schema]) => [name, fieldOf(schema)]),
  );
}
