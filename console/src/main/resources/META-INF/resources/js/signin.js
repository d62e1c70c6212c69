// Signing in: locally by picking a person of the directory; in production with OpenID Connect
// (authorization code with PKCE, entirely in the browser; the services verify the provider's tokens).

import {h, bdi, replace} from './dom.js';
import {t, pick, country} from './i18n.js';
import {getConfig, setSession, ApiError} from './api.js';

export async function showSignIn(main, message) {
  const config = getConfig();
  replace(main, h('h1', {}, t('signIn')), h('p', {class: 'tagline'}, t('tagline')));
  if (message) main.append(h('p', {class: 'notice', role: 'alert'}, message));
  if (config.signIn === 'oidc') {
    main.append(h('button', {class: 'primary', type: 'button', id: 'oidc-sign-in', onclick: startOidc}, t('signInOidc')));
    return;
  }
  const people = await (await fetch('sign-in/people', {headers: {Accept: 'application/json'}})).json();
  const list = (kind, heading) => h('section', {class: 'people', 'aria-labelledby': `people-${kind}`},
    h('h2', {id: `people-${kind}`}, heading),
    h('ul', {},
      people.filter(p => p.kind === kind).map(p => h('li', {},
        h('button', {
          type: 'button', class: 'person', dataset: {kind, id: p.officialId || p.organisationId},
          onclick: () => signInLocal(main, p),
        },
        h('span', {class: 'name'}, kind === 'secretariat' ? t('secretariatOf', {org: pick(p, 'name')})
          : bdi(pick(p, 'name') || pick(p, 'title'))),
        h('span', {class: 'detail'}, kind === 'official' && pick(p, 'name') ? bdi(pick(p, 'title')) : null,
          ' ', h('span', {class: 'country'}, country(p.countryCode))))))));
  main.append(h('p', {class: 'hint'}, t('signInLocalHint')),
    h('h2', {class: 'sub'}, t('signInLocal')),
    list('official', t('officials')), list('secretariat', t('secretariats')));
}

async function signInLocal(main, person) {
  const body = person.kind === 'official' ? {officialId: person.officialId} : {organisationId: person.organisationId};
  const response = await fetch('sign-in/local', {
    method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'}, body: JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) {
    main.prepend(h('p', {class: 'notice', role: 'alert'}, t('signInFailed', {detail: data.detail || response.status})));
    return;
  }
  setSession({
    token: data.token, expiresAt: data.expiresAt, subject: data.subject, officialId: data.officialId,
    organisationId: data.organisationId, roles: data.roles, person,
  });
}

// ---- OpenID Connect ----

function randomText(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function discovery(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new ApiError(response.status, {title: 'OpenID Connect discovery failed'});
  return response.json();
}

function redirectUri() {
  return location.origin + location.pathname;
}

async function startOidc() {
  const {issuer, clientId, scope} = getConfig().oidc;
  const provider = await discovery(issuer);
  const verifier = randomText(48);
  const state = randomText(16);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  // What the answer needs: the proof of this request, and where to exchange the code (no second discovery).
  sessionStorage.setItem('mutabaa.oidc', JSON.stringify({verifier, state, back: location.hash,
    tokenEndpoint: provider.token_endpoint}));
  const query = new URLSearchParams({
    response_type: 'code', client_id: clientId, redirect_uri: redirectUri(), scope, state,
    code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(`${provider.authorization_endpoint}?${query}`);
}

/** Completes a sign-in the provider redirected back from (?code=…&state=…); true when it did. */
export async function completeOidc() {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem('mutabaa.oidc') || 'null');
  if (!params.has('code') || !pending) return false;
  sessionStorage.removeItem('mutabaa.oidc');
  history.replaceState(null, '', redirectUri() + (pending.back || ''));
  if (params.get('state') !== pending.state) throw new Error('the sign-in answer does not match the request');
  const {clientId} = getConfig().oidc;
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(), client_id: clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`the identity provider answered ${response.status}`);
  const tokens = await response.json();
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(
    atob(tokens.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0))));
  const roles = claims.groups || [];
  // The official's directory id: upn where the provider keeps sub for its own ids (Keycloak), else sub.
  const subject = claims.upn || claims.sub;
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subject);
  setSession({
    token: tokens.access_token, expiresAt: new Date(claims.exp * 1000).toISOString(), subject,
    officialId: isUuid && roles.includes('official') ? subject : null, organisationId: claims.org || null, roles,
    person: {kind: roles.includes('official') ? 'official' : 'secretariat', nameAr: claims.name, nameEn: claims.name},
  });
  return true;
}
