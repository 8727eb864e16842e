// Portcullis through Ory's published TypeScript client (@ory/kratos-client, pinned), against a
// real process on loopback ports. The client parses every JSON answer; errors are checked for
// Kratos's envelope.
//
//   PORTCULLIS_BIN=target/debug/portcullis node --test tests/sdk/typescript/kratos-client.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { Configuration, FrontendApi, IdentityApi, MetadataApi } from '@ory/kratos-client';

const BIN = process.env.PORTCULLIS_BIN ?? 'target/debug/portcullis';
const PASSWORD = 'correct horse battery staple';

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});

let child;
let frontend;
let identities;
let metadata;

before(async () => {
  const [publicPort, adminPort] = [await freePort(), await freePort()];
  child = spawn(BIN, ['serve', '--dev'], {
    env: {
      ...process.env, DSN: 'memory', SERVE_PUBLIC_PORT: String(publicPort), SERVE_ADMIN_PORT: String(adminPort),
      SECRETS_COOKIE: 'ts-sdk-cookie-secret-0123456789', HASHERS_ARGON2_MEMORY: '64KB', HASHERS_ARGON2_ITERATIONS: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const publicUrl = `http://127.0.0.1:${publicPort}`;
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  for (let i = 0; i < 200; i += 1) {
    try { if ((await fetch(`${publicUrl}/health/ready`)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  frontend = new FrontendApi(new Configuration({ basePath: publicUrl }));
  identities = new IdentityApi(new Configuration({ basePath: adminUrl }));
  metadata = new MetadataApi(new Configuration({ basePath: adminUrl }));
});

after(() => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }));

async function newIdentity() {
  const email = `ts-${randomUUID().slice(0, 8)}@example.com`;
  const { data } = await identities.createIdentity({
    createIdentityBody: {
      schema_id: 'default', traits: { email }, credentials: { password: { config: { password: PASSWORD } } },
    },
  });
  return { email, identity: data };
}

async function expectError(promise, status) {
  const error = await promise.then(() => null, (e) => e);
  assert.ok(error?.response, 'an HTTP error');
  assert.equal(error.response.status, status);
  return error.response.data;
}

test('health and version', async () => {
  assert.equal((await metadata.isAlive()).data.status, 'ok');
  assert.ok((await metadata.getVersion()).data.version);
});

test('native login, whoami and logout', async () => {
  const { email, identity } = await newIdentity();
  const { data: flow } = await frontend.createNativeLoginFlow();
  assert.equal(flow.type, 'api');
  assert.equal((await frontend.getLoginFlow({ id: flow.id })).data.id, flow.id);
  const { data: login } = await frontend.updateLoginFlow({
    flow: flow.id, updateLoginFlowBody: { method: 'password', identifier: email, password: PASSWORD },
  });
  assert.match(login.session_token, /^ory_st_/);
  const { data: session, headers } = await frontend.toSession({ xSessionToken: login.session_token });
  assert.equal(session.identity.id, identity.id);
  assert.equal(headers['x-kratos-authenticated-identity-id'], identity.id);
  await frontend.performNativeLogout({ performNativeLogoutBody: { session_token: login.session_token } });
  const body = await expectError(frontend.toSession({ xSessionToken: login.session_token }), 401);
  assert.equal(body.error.code, 401);
});

test('a wrong password returns the flow with message 4000006', async () => {
  const { email } = await newIdentity();
  const { data: flow } = await frontend.createNativeLoginFlow();
  const body = await expectError(frontend.updateLoginFlow({
    flow: flow.id, updateLoginFlowBody: { method: 'password', identifier: email, password: 'wrong' },
  }), 400);
  assert.deepEqual(body.ui.messages.map((m) => m.id), [4000006]);
});

test('an unknown flow is 404 and a bad hash import is 400', async () => {
  const missing = await expectError(frontend.getLoginFlow({ id: randomUUID() }), 404);
  assert.equal(missing.error.message, 'Unable to locate the resource');
  const bad = await expectError(identities.createIdentity({
    createIdentityBody: {
      schema_id: 'default', traits: { email: 'bad-hash@example.com' },
      credentials: { password: { config: { hashed_password: 'not a hash' } } },
    },
  }), 400);
  assert.equal(bad.error.reason, 'The imported password does not match any known hash format.');
});

test('browser login in JSON mode with cookies', async () => {
  const { email } = await newIdentity();
  const jar = new Map();
  const remember = (headers) => {
    for (const cookie of [headers['set-cookie'] ?? []].flat()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair.split('=');
      jar.set(name, value.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const created = await frontend.createBrowserLoginFlow();
  remember(created.headers);
  const flow = created.data;
  const csrf = flow.ui.nodes.find((n) => n.attributes.name === 'csrf_token').attributes.value;
  const login = await frontend.updateLoginFlow({
    flow: flow.id, cookie: cookie(),
    updateLoginFlowBody: { method: 'password', identifier: email, password: PASSWORD, csrf_token: csrf },
  }, { headers: { Cookie: cookie() } });
  assert.equal(login.data.session_token, undefined);
  assert.equal(login.data.continue_with[0].action, 'redirect_browser_to');
  remember(login.headers);
  assert.ok(jar.has('ory_kratos_session'));
  const { data: session } = await frontend.toSession({ cookie: cookie() }, { headers: { Cookie: cookie() } });
  assert.equal(session.identity.traits.email, email);
});
