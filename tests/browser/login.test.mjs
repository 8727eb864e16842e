// End-to-end: the built-in login pages in headless Chromium (Debian's, driven by
// playwright-core), against a real Portcullis process on loopback ports.
//
//   PORTCULLIS_BIN=target/debug/portcullis node --test tests/browser/login.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { chromium } from 'playwright-core';

const BIN = process.env.PORTCULLIS_BIN ?? 'target/debug/portcullis';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EMAIL = 'alice@example.com';
const PASSWORD = 'correct horse battery staple';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url, deadline = Date.now() + 20_000) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not become ready`);
}

/** Starts a Portcullis process with an in-memory store; returns its URLs and a stop(). */
async function startServer(extraEnv = {}) {
  const [publicPort, adminPort] = [await freePort(), await freePort()];
  const child = spawn(BIN, ['serve', '--dev'], {
    env: {
      ...process.env,
      DSN: 'memory',
      SERVE_PUBLIC_PORT: String(publicPort),
      SERVE_ADMIN_PORT: String(adminPort),
      SECRETS_COOKIE: 'e2e-cookie-secret-0123456789',
      HASHERS_ARGON2_MEMORY: '64KB',
      HASHERS_ARGON2_ITERATIONS: '1',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const server = {
    public: `http://127.0.0.1:${publicPort}`,
    admin: `http://127.0.0.1:${adminPort}`,
    stop: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }),
  };
  await waitUntilReady(`${server.public}/health/ready`);
  const created = await fetch(`${server.admin}/admin/identities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      schema_id: 'default',
      traits: { email: EMAIL },
      credentials: { password: { config: { password: PASSWORD } } },
    }),
  });
  assert.equal(created.status, 201);
  return server;
}

let browser;
let server;

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openLogin(context, srv = server) {
  const page = await context.newPage();
  await page.goto(`${srv.public}/self-service/login/browser`);
  assert.match(page.url(), /\/ui\/login\?flow=/);
  return page;
}

async function signIn(page, password) {
  await page.getByLabel('E-Mail').fill(EMAIL);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await page.waitForLoadState('load');
}

test('a user signs in, sees who they are, and signs out', async () => {
  const context = await browser.newContext();
  const page = await openLogin(context);
  await signIn(page, PASSWORD);
  assert.match(page.url(), /\/ui\/welcome$/);
  assert.equal(await page.locator('[data-trait="email"]').textContent(), EMAIL);
  const whoami = await context.request.get(`${server.public}/sessions/whoami`);
  assert.equal(whoami.status(), 200);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForLoadState('load');
  assert.match(page.url(), /\/ui\/login\?flow=/, 'after signing out the login page is shown again');
  const after = await context.request.get(`${server.public}/sessions/whoami`);
  assert.equal(after.status(), 401);
  await context.close();
});

test('a wrong password shows the invalid-credentials message', async () => {
  const context = await browser.newContext();
  const page = await openLogin(context);
  await signIn(page, 'not the password');
  assert.match(page.url(), /\/ui\/login\?flow=/);
  const message = page.locator('[data-message-id="4000006"]');
  assert.equal(
    await message.textContent(),
    'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.',
  );
  assert.equal(await page.getByLabel('E-Mail').inputValue(), EMAIL, 'the identifier is kept');
  assert.equal(await page.getByLabel('Password').inputValue(), '', 'the password is not');
  await context.close();
});

test('a tampered anti-CSRF token is refused', async () => {
  const context = await browser.newContext();
  const page = await openLogin(context);
  await page.locator('input[name="csrf_token"]').evaluate((input) => { input.value = 'tampered'; });
  await signIn(page, PASSWORD);
  assert.match(page.url(), /\/ui\/error\?id=/);
  assert.equal(
    await page.locator('#message').textContent(),
    'the request was rejected to protect you from Cross-Site-Request-Forgery',
  );
  const whoami = await context.request.get(`${server.public}/sessions/whoami`);
  assert.equal(whoami.status(), 401, 'nobody was signed in');
  await context.close();
});

test('an expired flow restarts cleanly', async () => {
  const shortLived = await startServer({ SELFSERVICE_FLOWS_LOGIN_LIFESPAN: '1s' });
  try {
    const context = await browser.newContext();
    const page = await openLogin(context, shortLived);
    const firstUrl = page.url();
    await new Promise((r) => setTimeout(r, 1500));
    await signIn(page, PASSWORD);
    assert.match(page.url(), /\/ui\/login\?flow=/);
    assert.notEqual(page.url(), firstUrl, 'a new flow replaced the expired one');
    const expired = await page.locator('[data-message-id="4010001"]').textContent();
    assert.match(expired, /^The login flow expired \d+\.\d\d minutes ago, please try again\.$/);
    await signIn(page, PASSWORD);
    assert.match(page.url(), /\/ui\/welcome$/, 'the new flow signs in');
    await context.close();
  } finally {
    await shortLived.stop();
  }
});
