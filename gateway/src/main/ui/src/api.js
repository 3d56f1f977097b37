// Calls the gateway with the session cookie; state-changing calls carry the CSRF token from its cookie.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Erreur ${status}`);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = Object.fromEntries((problem?.errors || []).map((e) => [e.field, e.message]));
  }
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, payload);
  return payload;
}

export const login = () => { window.location.href = '/oauth2/authorization/keycloak'; };

/** Logs out through the gateway (which ends the Keycloak session too) with a real form post. */
export function logout() {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = '_csrf';
  input.value = csrfToken();
  form.appendChild(input);
  document.body.appendChild(form);
  form.submit();
}
