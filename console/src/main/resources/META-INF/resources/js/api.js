// The three services' APIs, called with the signed-in person's bearer token.

import {t} from './i18n.js';

let config = null;
let session = JSON.parse(sessionStorage.getItem('mutabaa.session') || 'null');
const listeners = new Set();

export async function loadConfig() {
  const response = await fetch('config.json', {headers: {Accept: 'application/json'}});
  config = await response.json();
  return config;
}

export function getConfig() {
  return config;
}

export function getSession() {
  if (session && Date.parse(session.expiresAt) <= Date.now()) {
    setSession(null);
  }
  return session;
}

export function setSession(value) {
  session = value;
  if (value) sessionStorage.setItem('mutabaa.session', JSON.stringify(value));
  else sessionStorage.removeItem('mutabaa.session');
  listeners.forEach(fn => fn(value));
}

export function onSession(fn) {
  listeners.add(fn);
}

export function has(role) {
  return !!session && session.roles.includes(role);
}

/** A refused request: the service's problem+json (status, title, detail, errors[{field, message}]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

function url(service, path) {
  return config.api[service] + path;
}

function headers(extra = {}) {
  return {Authorization: `Bearer ${session?.token}`, ...extra};
}

async function send(service, path, options = {}) {
  let response;
  try {
    response = await fetch(url(service, path), {
      method: options.method || 'GET',
      headers: headers(options.body !== undefined
        ? {'Content-Type': 'application/json', Accept: 'application/json'} : {Accept: options.accept || 'application/json'}),
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch (e) {
    throw new ApiError(0, {title: t('errorNetwork'), detail: t('errorNetwork')});
  }
  if (response.status === 401) {
    setSession(null);
    throw new ApiError(401, {title: t('sessionEnded'), detail: t('sessionEnded')});
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = {title: `HTTP ${response.status}`};
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function get(service, path) {
  return (await send(service, path)).json();
}

/** POST with {@code body} as JSON, or with no body at all (an action such as adopt) when it is absent. */
export async function post(service, path, body) {
  const response = await send(service, path, {method: 'POST', body});
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** DELETE: something removed (a draft decision). */
export async function del(service, path) {
  await send(service, path, {method: 'DELETE'});
}

/** PUT with {@code body} as JSON: a setting replaced as a whole. */
export async function put(service, path, body) {
  return (await send(service, path, {method: 'PUT', body})).json();
}

/** A document fetched with the token, as a Blob (minutes, calendar). */
export async function blob(service, path, accept) {
  return (await send(service, path, {accept})).blob();
}

/** Saves a fetched document under a file name. */
export async function download(service, path, filename, accept) {
  const data = await blob(service, path, accept);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/**
 * Server-Sent Events with the bearer token (EventSource cannot send one): each `data:` line's JSON
 * is handed to onEvent; reconnects with a growing pause until stopped; onOpen runs on each connect.
 */
export function stream(service, path, onEvent, onOpen) {
  const control = new AbortController();
  let pause = 1000;
  (async () => {
    while (!control.signal.aborted && session) {
      try {
        const response = await fetch(url(service, path), {
          headers: headers({Accept: 'text/event-stream'}), signal: control.signal, cache: 'no-store',
        });
        if (response.status === 401) {
          setSession(null);
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        pause = 1000;
        onOpen?.();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const {value, done} = await reader.read();
          if (done) break;
          buffer += value;
          let end;
          while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
            const data = block.split(/\r?\n/).filter(l => l.startsWith('data:'))
              .map(l => l.slice(5).replace(/^ /, '')).join('\n');
            if (data) {
              try {
                onEvent(JSON.parse(data));
              } catch (e) {
                console.warn('unreadable event', e);
              }
            }
          }
        }
      } catch (e) {
        if (control.signal.aborted) return;
      }
      await new Promise(resolve => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 15000);
    }
  })();
  return () => control.abort();
}
