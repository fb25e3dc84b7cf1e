// Getting tokens from Keycloak the way real clients do: client credentials for the reporting system,
// and the authorization code flow with PKCE through Keycloak's own login page for a person.
import { createHash, randomBytes } from 'node:crypto';

export async function clientCredentialsToken(keycloak, clientId, secret) {
  const response = await fetch(`${keycloak}/realms/sangkien/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  if (!response.ok) throw new Error(`client credentials refused: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

/** The resource-owner password grant, which the realm refuses on every client: its status and body, never thrown. */
export async function passwordGrant(keycloak, clientId, username, password, secret) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password, scope: 'openid' });
  if (secret) body.set('client_secret', secret);
  const response = await fetch(`${keycloak}/realms/sangkien/protocol/openid-connect/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

function cookieHeader(jar) {
  return [...jar.entries()].map(([k, v]) => `${k}=${v}`).join('; ');
}

function keep(jar, response) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const index = pair.indexOf('=');
    jar.set(pair.slice(0, index), pair.slice(index + 1));
  }
}

/** Signs in on Keycloak's login form as the SPA's public client would, and exchanges the code for tokens. */
export async function loginWithPassword(keycloak, username, password, { clientId = 'web', redirectUri = 'http://localhost:5173/' } = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const jar = new Map();
  const authorize = new URL(`${keycloak}/realms/sangkien/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({ client_id: clientId, response_type: 'code', scope: 'openid',
    redirect_uri: redirectUri, state: randomBytes(8).toString('hex'), code_challenge: challenge, code_challenge_method: 'S256' });
  const page = await fetch(authorize, { redirect: 'manual' });
  keep(jar, page);
  const html = await page.text();
  const action = html.match(/<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`no login form from Keycloak (status ${page.status})`);
  const submitted = await fetch(action, {
    method: 'POST', redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ username, password, credentialId: '' }),
  });
  const location = submitted.headers.get('location');
  const code = location && new URL(location).searchParams.get('code');
  if (!code) throw new Error(`login refused for ${username} (status ${submitted.status})`);
  const tokens = await fetch(`${keycloak}/realms/sangkien/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code, redirect_uri: redirectUri, code_verifier: verifier }),
  });
  if (!tokens.ok) throw new Error(`code exchange refused: ${tokens.status} ${await tokens.text()}`);
  return (await tokens.json()).access_token;
}
