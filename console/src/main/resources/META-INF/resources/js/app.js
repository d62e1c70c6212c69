// The console's shell: header, language, sign-in state, the live unread badge and the routes.

import {h, bdi, replace} from './dom.js';
import {t, lang, setLang, adoptPreferredLanguage, setTimeZone, setReader, timeZone, pick} from './i18n.js';
import {loadConfig, getSession, onSession, has, get, stream, ApiError} from './api.js';
import {showSignIn, completeOidc} from './signin.js';
import {meetingsPage, meetingPage, newMeetingPage} from './views/meetings.js';
import {boardPage, actionPage} from './views/actions.js';
import {inboxPage} from './views/inbox.js';
import {dashboardPage} from './views/dashboard.js';
import {reportsPage} from './views/reports.js';
import {directoryPage, organisationPage, calendarPage, searchPage, preferencesPage} from './views/desk.js';

const main = document.getElementById('main');
const bar = document.getElementById('bar');
let unread = 0;
let stopStream = null;
let signInMessage = null;
let pageListener = null;

/**
 * What the page shown calls when a notification arrives (until another page is shown); with null
 * after the live stream was broken and is back, so that the page reads itself again.
 */
export function live(listener) {
  pageListener = listener;
}

export function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.classList.add('shown');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove('shown'), 6000);
}

/** A button's action: a refusal or a failure is shown, never lost in the console. */
export function safely(action) {
  return async event => {
    try {
      await action(event);
    } catch (e) {
      toast(e.problem?.detail || e.problem?.title || e.message);
    }
  };
}

function setUnread(n) {
  unread = Math.max(0, n);
  const badge = document.getElementById('unread');
  if (badge) {
    badge.textContent = unread > 0 ? String(unread) : '';
    badge.hidden = unread === 0;
    badge.setAttribute('aria-label', t('unreadBadge', {n: unread}));
  }
}

export function changeUnread(delta) {
  setUnread(unread + delta);
}

async function refreshUnread() {
  const session = getSession();
  if (!session?.officialId) return;
  const count = await get('notifications', `/notifications/unread-count?recipientId=${session.officialId}`);
  setUnread(count.unread ?? count.count ?? 0);
}

function startLive() {
  stopStream?.();
  const session = getSession();
  if (!session?.officialId) return;
  let connected = false;
  stopStream = stream('notifications', `/notifications/stream?recipientId=${session.officialId}`, notification => {
    if (!notification.readAt) changeUnread(1);
    toast(t('newNotification', {subject: notification.subject}));
    pageListener?.(notification);
  }, () => {
    // Connected again after a break: what arrived meanwhile is read back, not pushed.
    if (connected) pageListener?.(null);
    connected = true;
    refreshUnread().catch(() => {});
  });
}

function renderBar() {
  const session = getSession();
  const link = (href, label, extra) => h('a', {href, class: location.hash.startsWith(href) ? 'current' : null,
    'aria-current': location.hash.startsWith(href) ? 'page' : null}, label, extra);
  const nav = [];
  if (session) {
    nav.push(link('#/meetings', t('meetings')));
    if (session.officialId) {
      nav.push(link('#/actions', t('myActions')));
      nav.push(link('#/inbox', t('inbox'), h('span', {id: 'unread', class: 'badge', hidden: unread === 0,
        'aria-label': t('unreadBadge', {n: unread})}, unread > 0 ? String(unread) : '')));
    }
    if (has('secretariat') || has('admin')) nav.push(link('#/dashboard', t('dashboard')));
    if (has('secretariat') || has('admin')) nav.push(link('#/reports', t('reports')));
    nav.push(link('#/directory', t('directory')));
    nav.push(link('#/search', t('search')));
    if (session.officialId) nav.push(link('#/preferences', t('preferences')));
  }
  const who = session ? (session.person?.kind === 'secretariat'
    ? t('secretariatOf', {org: pick(session.person, 'name')})
    : bdi(pick(session.person, 'name') || pick(session.person, 'title'))) : null;
  replace(bar,
    h('a', {class: 'brand', href: '#/'}, h('span', {lang: 'ar'}, 'متابعة'), h('span', {class: 'latin', lang: 'en'}, 'Mutabaa')),
    h('nav', {'aria-label': t('nav')}, nav),
    h('div', {class: 'tools'},
      session ? h('span', {class: 'who'}, who, h('span', {class: 'zone'}, t('timeZone', {zone: timeZone()}))) : null,
      h('button', {type: 'button', id: 'switch-language', lang: lang() === 'ar' ? 'en' : 'ar',
        onclick: () => { setLang(lang() === 'ar' ? 'en' : 'ar', true); route(); }}, t('otherLanguage')),
      session ? h('button', {type: 'button', id: 'sign-out', onclick: signOut}, t('signOut')) : null));
  document.getElementById('skip').textContent = t('skip');
}

function signOut() {
  stopStream?.();
  stopStream = null;
  sessionStorage.removeItem('mutabaa.session');
  location.hash = '#/';
  location.reload();
}

const routes = [
  [/^#\/meetings\/new$/, () => newMeetingPage(main)],
  [/^#\/meetings\/([0-9a-f-]{36})$/, m => meetingPage(main, m[1])],
  [/^#\/decisions\/([0-9a-f-]{36})$/, async m => {
    const decision = await get('meetings', `/decisions/${m[1]}`);
    location.replace(`#/meetings/${decision.meetingId}`);
  }],
  [/^#\/meetings$/, () => meetingsPage(main)],
  [/^#\/actions\/([0-9a-f-]{36})$/, m => actionPage(main, m[1])],
  [/^#\/actions$/, () => boardPage(main)],
  [/^#\/inbox$/, () => inboxPage(main)],
  [/^#\/dashboard(?:\/(meetings|organisations|countries))?$/, m => dashboardPage(main, m[1] || 'meetings')],
  [/^#\/directory$/, () => directoryPage(main)],
  [/^#\/organisations\/([0-9a-f-]{36})$/, m => organisationPage(main, m[1])],
  [/^#\/calendars\/([A-Z]{2})(?:\/(\d{4}))?$/, m => calendarPage(main, m[1], m[2])],
  [/^#\/search(?:\?q=(.*))?$/, m => searchPage(main, m[1] ? decodeURIComponent(m[1]) : '')],
  [/^#\/preferences$/, () => preferencesPage(main)],
  [/^#\/reports(?:\/([0-9a-f-]{36})(?:\/(\d{4}-Q[1-4]))?)?$/, m => reportsPage(main, m[1], m[2])],
];

async function route() {
  renderBar();
  const session = getSession();
  if (!session) {
    await showSignIn(main, signInMessage);
    return;
  }
  if (!routes.some(([pattern]) => pattern.test(location.hash))) {
    location.replace(session.officialId ? '#/actions' : '#/meetings');
    return;
  }
  const [pattern, page] = routes.find(([p]) => p.test(location.hash));
  pageListener = null;
  replace(main, h('p', {class: 'loading'}, t('loading')));
  try {
    await page(location.hash.match(pattern));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    replace(main, h('p', {class: 'notice', role: 'alert'},
      e instanceof ApiError && e.status === 404 ? t('notFound') : (e.problem?.detail || e.message)));
  }
  main.focus({preventScroll: true});
}

async function afterSignIn() {
  const session = getSession();
  if (session?.officialId) {
    try {
      const me = await get('meetings', `/officials/${session.officialId}`);
      if (me.timeZone) setTimeZone(me.timeZone);
      adoptPreferredLanguage(me.preferredLanguage);
      const [organisation, preferences] = await Promise.all([
        get('meetings', `/organisations/${me.organisationId}`).catch(() => null),
        get('notifications', `/preferences/${session.officialId}`).catch(() => null)]);
      setReader(organisation?.countryCode, preferences?.digits);
    } catch {
      // the directory does not answer: browser's zone and language
    }
    await refreshUnread().catch(() => {});
    startLive();
  } else if (session?.organisationId) {
    // A secretariat reads dates as its organisation's country does.
    const organisation = await get('meetings', `/organisations/${session.organisationId}`).catch(() => null);
    setReader(organisation?.countryCode, null);
  }
}

async function start() {
  setLang(lang());
  await loadConfig();
  if (getSession() === null) {
    await completeOidc().catch(e => { signInMessage = t('signInFailed', {detail: e.message}); });
  }
  onSession(async session => {
    if (session) {
      signInMessage = null;
      await afterSignIn();
      const home = session.officialId ? '#/actions' : '#/meetings';
      if (location.hash !== home) location.hash = home;
      else route();
    } else {
      stopStream?.();
      signInMessage = t('sessionEnded');
      route();
    }
  });
  window.addEventListener('hashchange', route);
  if (getSession()) await afterSignIn();
  route();
}

start();
