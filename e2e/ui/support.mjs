// Shared helpers for the browser journeys: fresh Keycloak users, a logged-in page, accessibility checks.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

export const GATEWAY = process.env.GATEWAY_URL || 'http://localhost:8080';
const KEYCLOAK = process.env.KEYCLOAK_URL || 'http://localhost:8180';
const SCREENSHOTS = new URL('../screenshots/', import.meta.url);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr' }, // with chromium-l10n: French date and time fields
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

async function adminToken() {
  const response = await fetch(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli',
      username: process.env.KEYCLOAK_ADMIN || 'admin', password: process.env.KEYCLOAK_ADMIN_PASSWORD || 'admin' }),
  });
  return (await response.json()).access_token;
}

/** A fresh Keycloak user with one realm role, so journeys can run again and again on the same stack. */
export async function newUser(role, firstName, lastName) {
  const token = await adminToken();
  const suffix = Math.random().toString(36).slice(2, 10);
  const user = { username: `ui-${role}-${suffix}`, password: `Ui-${suffix}-2026!`, firstName, lastName };
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const created = await fetch(`${KEYCLOAK}/admin/realms/renfort/users`, { method: 'POST', headers: auth, body: JSON.stringify({
    username: user.username, enabled: true, emailVerified: true, email: `${user.username}@ui.renfort-rh.test`, firstName, lastName,
    credentials: [{ type: 'password', value: user.password, temporary: false }] }) });
  if (created.status !== 201) throw new Error(`user creation: ${created.status}`);
  const location = created.headers.get('location');
  const roleRepresentation = await (await fetch(`${KEYCLOAK}/admin/realms/renfort/roles/${role}`, { headers: auth })).json();
  await fetch(`${location}/role-mappings/realm`, { method: 'POST', headers: auth, body: JSON.stringify([roleRepresentation]) });
  user.id = location.slice(location.lastIndexOf('/') + 1);
  return user;
}

/** The page's CSP forbids the injected axe script; the CSP itself is checked by the gateway's tests. */
export function newContext(browser, viewport) {
  return browser.newContext({ viewport, locale: 'fr-FR', bypassCSP: true });
}

/** Signs in through the real Keycloak page, as a person would. */
export async function signIn(browser, user, viewport = { width: 1280, height: 900 }) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await openPhoneMenu(page);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${GATEWAY}/**`);
  await page.goto(`${GATEWAY}/espace`);
  return page;
}

/** On a phone the account buttons and the menu are behind the header's menu button. */
export async function openPhoneMenu(page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
}

/** Fails on serious or critical accessibility violations (axe-core, WCAG 2.1 AA rules). */
export async function assertAccessible(page) {
  await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(async () => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    throw new Error(`Accessibility violations on ${page.url()}:\n${blocking.map((v) => `- ${v.id}: ${v.help} (${v.nodes.length})`).join('\n')}`);
  }
}

/** Screenshots for people to look at (kept out of git). */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });
}
