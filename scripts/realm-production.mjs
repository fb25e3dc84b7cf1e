// `make realm`: writes keycloak/realm-sangkien-production.json from the demo realm keycloak/realm-sangkien.json,
// so that both keep the same roles, clients and settings. Production gets no people (only the service-account users
// that confidential clients need) and reads from the environment at import every client secret and the web app's
// public origin, PUBLIC_URL. Keycloak resolves ${NAME} placeholders in import files from the environment (the form
// ${env.NAME} it leaves as it is: checked on Keycloak 26.5, where it became a literal secret). The browser clients'
// addresses (redirect URIs, web origins, post-logout redirect URIs, root and base URL), which in the demo realm are
// make run's (the app on localhost:5173, Swagger UI on localhost:8080), are all under it behind nginx.
// RealmFilesTest checks the result.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const demo = JSON.parse(readFileSync(join(ROOT, 'keycloak', 'realm-sangkien.json'), 'utf8'));

const secretVariable = (clientId) => `${clientId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_CLIENT_SECRET`;

const PUBLIC_URL = '${PUBLIC_URL}';
/** A demo address with its origin replaced by the public one: http://localhost:8080/q/swagger-ui/* → ${PUBLIC_URL}/q/swagger-ui/*. */
const publicAddress = (address) => address.replace(/^https?:\/\/[^/]+/, PUBLIC_URL);
const publicAddresses = (addresses) => [...new Set(addresses.map(publicAddress))];

/** A browser client (one with redirect URIs) with every address under PUBLIC_URL; its home page is where it redirects. */
function withPublicAddresses(client) {
  if (!client.redirectUris) return client;
  const home = new URL(client.redirectUris[0].replace(/\*$/, '')).pathname;
  const logout = client.attributes?.['post.logout.redirect.uris'];
  return { ...client, rootUrl: PUBLIC_URL, baseUrl: home, redirectUris: publicAddresses(client.redirectUris),
    webOrigins: publicAddresses(client.webOrigins ?? []),
    ...(logout ? { attributes: { ...client.attributes, 'post.logout.redirect.uris': publicAddresses(logout.split('##')).join('##') } } : {}) };
}

const production = {
  ...demo,
  clients: demo.clients.map(withPublicAddresses).map((client) => (client.secret === undefined ? client
    : { ...client, secret: `\${${secretVariable(client.clientId)}}` })),
  users: demo.users.filter((user) => user.serviceAccountClientId),
};

const target = join(ROOT, 'keycloak', 'realm-sangkien-production.json');
writeFileSync(target, JSON.stringify(production, null, 2) + '\n');
console.log(`wrote ${target}: ${production.users.length} service-account user(s), secrets from ${production.clients
  .filter((c) => c.secret !== undefined).map((c) => secretVariable(c.clientId)).join(', ')}, addresses of ${production.clients
  .filter((c) => c.rootUrl === PUBLIC_URL).map((c) => c.clientId).join(', ')} under PUBLIC_URL`);
