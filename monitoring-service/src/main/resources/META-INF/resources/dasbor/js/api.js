// Reads the APIs with the session cookie. A 401 sends the browser to the login page; other errors are thrown as
// ApiError, with the problem details the API answered.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }

  /** 403 or 404: the caller may not see this (an operator of another desa gets either). */
  get refused() {
    return this.status === 403 || this.status === 404;
  }
}

export function toLogin() {
  const back = location.pathname + location.search;
  location.assign('/dasbor/masuk.html?lanjut=' + encodeURIComponent(back));
}

export async function getJson(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (r.status === 401) {
    toLogin();
    throw new ApiError(401, null);
  }
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => null));
  return r.json();
}

/** A path with its query: parameters null, undefined or '' are left out. */
export function withQuery(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? path + '?' + s : path;
}

export async function session() {
  const r = await fetch('/dasbor/sesi', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => null));
  return r.json();
}

export async function signIn(token) {
  const r = await fetch('/dasbor/sesi', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ token }),
  });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => null));
  return r.json();
}

export async function signOut() {
  await fetch('/dasbor/keluar', { method: 'POST', credentials: 'same-origin' });
}
