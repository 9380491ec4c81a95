// Apollo's possibleTypes from SDL (GET /graphql/schema.graphql), for servers that refuse the full introspection query.
// Each union and interface maps to the object types that can stand for it.
import { buildSchema, isAbstractType } from 'graphql';

export function possibleTypesFromSdl(sdl) {
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const possibleTypes = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith('__'))
      possibleTypes[type.name] = schema.getPossibleTypes(type).map((possible) => possible.name);
  }
  return possibleTypes;
}
