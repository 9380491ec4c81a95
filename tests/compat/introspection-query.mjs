// Writes introspection-query.graphql: graphql-js 16's full introspection query with every option on, the one
// GraphiQL and code generators send. The tests run it against the server under the default limits.
//   node introspection-query.mjs
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
writeFileSync(new URL('./introspection-query.graphql', import.meta.url), query);
