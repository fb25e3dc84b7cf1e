// `make realm`: writes keycloak/realm-sangkien-production.json from the demo realm keycloak/realm-sangkien.json,
// so that both keep the same roles, clients and settings. Production gets no people (only the service-account users
// that confidential clients need) and reads every client secret from the environment at import
// (Keycloak resolves ${env.NAME} placeholders in import files). RealmFilesTest checks the result.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const demo = JSON.parse(readFileSync(join(ROOT, 'keycloak', 'realm-sangkien.json'), 'utf8'));

const secretVariable = (clientId) => `${clientId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_CLIENT_SECRET`;

const production = {
  ...demo,
  clients: demo.clients.map((client) => (client.secret === undefined ? client
    : { ...client, secret: `\${env.${secretVariable(client.clientId)}}` })),
  users: demo.users.filter((user) => user.serviceAccountClientId),
};

const target = join(ROOT, 'keycloak', 'realm-sangkien-production.json');
writeFileSync(target, JSON.stringify(production, null, 2) + '\n');
console.log(`wrote ${target}: ${production.users.length} service-account user(s), secrets from ${production.clients
  .filter((c) => c.secret !== undefined).map((c) => secretVariable(c.clientId)).join(', ')}`);
