// The page a signed action link opens: one action, for a person who has no account here, in their
// language. The link's token is what follows '#' (it never reaches a server's log or a Referer); it is
// sent to actions-service in the Mutabaa-Link header. A refused link is a plain page in both languages.

import {h, bdi, replace, field} from './dom.js';
import {t, pick, dateTime, date, lang, setLang, adoptPreferredLanguage, setReader} from './i18n.js';
import {loadConfig, ApiError} from './api.js';
import {onSubmit, text} from './forms.js';

const main = document.getElementById('main');
const bar = document.getElementById('bar');
const token = location.hash.replace(/^#/, '');
let config = null;
let shown = null;

/** Why a link is refused, in Arabic and English: nothing about the action. */
const REFUSED = {
  INVALID: ['هذا الرابط غير صالح.', 'This link is not valid.'],
  EXPIRED: ['انتهت صلاحية هذا الرابط. تحمل الرسالة التالية عن المهمة رابطاً جديداً.',
    'This link has expired. The next mail about the action carries a new one.'],
  REVOKED: ['سُحب هذا الرابط، فلم يعد يفتح المهمة.', 'This link was withdrawn; it no longer opens the action.'],
  CLOSED: ['أُغلقت المهمة التي يفتحها هذا الرابط، فلا يُقبل عبره شيء بعد الآن.',
    'The action this link opens is closed; nothing more can be done through it.'],
  BUSY: ['طلبات كثيرة من هذا العنوان؛ حاول مجدداً بعد دقيقة.', 'Too many requests from this address; try again in a minute.'],
};

class Refused extends Error {
  constructor(why) {
    super(why);
    this.why = why;
  }
}

async function call(method, path, body) {
  let response;
  try {
    response = await fetch(`${config.api.actions}/action-links/action${path}`, {
      method, cache: 'no-store', referrerPolicy: 'no-referrer',
      headers: {'Mutabaa-Link': token, Accept: 'application/json',
        ...(body ? {'Content-Type': 'application/json'} : {})},
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, {title: t('errorNetwork'), detail: t('errorNetwork')});
  }
  let answer = null;
  try {
    answer = await response.json();
  } catch {
    answer = null;
  }
  if (response.status === 429) throw new Refused('BUSY');
  const why = answer?.errors?.[0]?.field === 'link' ? answer.errors[0].message : null;
  if (response.status === 403 && why) throw new Refused(REFUSED[why] ? why : 'INVALID');
  if (!response.ok) throw new ApiError(response.status, answer || {title: `HTTP ${response.status}`});
  return answer;
}

function refused(why) {
  const [ar, en] = REFUSED[why] || REFUSED.INVALID;
  document.documentElement.lang = 'ar';
  document.documentElement.dir = 'rtl';
  replace(bar, brand());
  replace(main,
    h('section', {class: 'card refused', lang: 'ar', dir: 'rtl', dataset: {refused: why}},
      h('h1', {}, 'تعذّر فتح الرابط'), h('p', {id: 'refused-ar'}, ar)),
    h('section', {class: 'card refused', lang: 'en', dir: 'ltr'},
      h('h1', {}, 'This link cannot be opened'), h('p', {id: 'refused-en'}, en)));
}

function brand() {
  return h('span', {class: 'brand'}, h('span', {lang: 'ar'}, 'متابعة'), h('span', {class: 'latin', lang: 'en'}, 'Mutabaa'));
}

/** Sends a form's request through the link; a refused link replaces the page, other refusals show in the form. */
function through(form, send) {
  onSubmit(form, async event => {
    try {
      return await send(event);
    } catch (e) {
      if (e instanceof Refused) {
        refused(e.why);
        return undefined;
      }
      throw e;
    }
  }, view => render(view));
}

const MOVES = {OPEN: ['IN_PROGRESS', 'BLOCKED', 'DONE'], IN_PROGRESS: ['BLOCKED', 'DONE'], BLOCKED: ['IN_PROGRESS'], DONE: [],
  CANCELLED: []};

function render(view) {
  shown = view;
  const a = view.action;
  const d = view.decision || {};
  setReader(a.owner?.countryCode, null);
  document.title = `${pick(a, 'title')} · ${t('app')}`;
  replace(bar, brand(),
    h('div', {class: 'tools'},
      h('button', {type: 'button', id: 'switch-language', lang: lang() === 'ar' ? 'en' : 'ar',
        onclick: () => { setLang(lang() === 'ar' ? 'en' : 'ar', true); render(shown); }}, t('otherLanguage'))));
  document.getElementById('skip').textContent = t('skip');

  const pending = ['OPEN', 'IN_PROGRESS', 'BLOCKED'].includes(a.status);
  const moves = MOVES[a.status] || [];
  const statusForm = moves.length ? h('form', {class: 'card', id: 'status-form', novalidate: true},
    h('h2', {}, t('changeStatus')),
    h('p', {class: 'hint'}, t('linkStatusHint')),
    field(t('reason'), h('textarea', {name: 'reason', rows: 2, dir: 'auto'})),
    h('div', {class: 'toolbar'}, moves.map(next => h('button', {
      type: 'submit', value: next, class: next === 'DONE' ? 'primary' : null, dataset: {status: next},
    }, next === 'DONE' ? t('markDone') : next === 'IN_PROGRESS' && a.status === 'OPEN' ? t('start')
      : t('moveTo', {status: t('status_' + next)}))))) : null;
  if (statusForm) {
    through(statusForm, event => call('POST', '/status',
      {status: event.submitter?.value, reason: text(statusForm, 'reason')}));
  }
  const progressForm = pending ? h('form', {class: 'card', id: 'progress-form', novalidate: true},
    h('h2', {}, t('progress')),
    field(t('progress'), h('input', {type: 'number', name: 'percent', min: 0, max: 100, step: 5, value: a.progress})),
    field(t('progressNote'), h('textarea', {name: 'text', rows: 2, dir: 'auto'})),
    h('button', {type: 'submit'}, t('reportProgress'))) : null;
  if (progressForm) {
    through(progressForm, () => {
      const value = progressForm.elements.percent.value;
      return call('POST', '/progress', {percent: value === '' ? null : Number(value), text: text(progressForm, 'text')});
    });
  }
  const commentForm = h('form', {class: 'inline-form', id: 'comment-form', novalidate: true},
    field(t('comment'), h('textarea', {name: 'text', rows: 2, dir: 'auto'})),
    h('button', {type: 'submit'}, t('addComment')));
  through(commentForm, () => call('POST', '/comments', {text: text(commentForm, 'text')}));
  const evidenceForm = a.status !== 'CANCELLED' ? h('form', {class: 'inline-form', id: 'evidence-form', novalidate: true},
    field(t('evidenceUrl'), h('input', {type: 'url', name: 'url', dir: 'ltr', inputmode: 'url'})),
    field(t('evidenceTitle'), h('input', {name: 'title', dir: 'auto'})),
    h('button', {type: 'submit'}, t('attachEvidence'))) : null;
  if (evidenceForm) {
    through(evidenceForm, () => call('POST', '/attachments',
      {url: evidenceForm.elements.url.value.trim(), title: text(evidenceForm, 'title')}));
  }

  const due = a.dueDate ? h('span', {class: a.overdue ? 'due overdue' : 'due'},
    h('time', {datetime: a.dueDate}, date(a.dueDate)), a.overdue ? [' ', h('strong', {class: 'overdue-flag'}, t('overdue'))] : null)
    : t('noDue');
  replace(main,
    h('p', {class: 'crumbs'}, t('linkPage')),
    h('h1', {dir: 'auto', id: 'action-title'}, pick(a, 'title')),
    h('p', {class: 'tagline', id: 'link-person'}, t('linkFor', {name: pick(view.person, 'name')})),
    h('p', {class: 'hint', id: 'link-until'}, t('linkUntil', {date: dateTime(view.expiresAt)})),
    h('dl', {class: 'facts'},
      h('dt', {}, t('status')), h('dd', {id: 'action-status'}, h('span', {class: `tag st-${a.status}`}, t('status_' + a.status)),
        ' ', a.verification ? h('span', {class: `tag verif-${a.verification}`, dataset: {verification: a.verification}},
          t('verif_' + a.verification)) : null, a.statusReason ? [' — ', bdi(a.statusReason)] : null),
      h('dt', {}, t('dueDate')), h('dd', {id: 'action-due'}, due),
      h('dt', {}, t('linkOrganisation')), h('dd', {}, bdi(pick(a.owner, 'organisationName') || pick(a.owner, 'name'))),
      h('dt', {}, t('progress')), h('dd', {}, h('progress', {max: 100, value: a.progress, 'aria-label': t('progress')}),
        ' ', bdi(`${a.progress}%`))),
    h('section', {'aria-labelledby': 'h-decision', class: 'card'}, h('h2', {id: 'h-decision'}, t('linkDecision')),
      h('p', {dir: 'auto', id: 'decision-text'}, pick(d, 'text')),
      h('p', {class: 'hint'}, t('linkMeeting'), ': ', bdi(pick(d, 'meetingTitle')),
        d.meetingStartsAt ? [' — ', t('linkMeetingOn', {date: date(d.meetingStartsAt.slice(0, 10))})] : null)),
    h('div', {class: 'two'}, statusForm, progressForm),
    h('section', {'aria-labelledby': 'h-comments', class: 'card'}, h('h2', {id: 'h-comments'}, t('comments')),
      h('ul', {class: 'comments'}, view.comments.map(c => h('li', {},
        h('p', {dir: 'auto', class: 'comment-text'}, c.text),
        h('span', {class: 'hint'}, h('time', {datetime: c.createdAt}, dateTime(c.createdAt)))))),
      commentForm),
    h('section', {'aria-labelledby': 'h-evidence', class: 'card'}, h('h2', {id: 'h-evidence'}, t('evidence')),
      h('ul', {class: 'evidence'}, view.attachments.map(e => h('li', {},
        h('a', {href: e.url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto'}, e.title || e.url), ' ',
        h('time', {class: 'hint', datetime: e.createdAt}, dateTime(e.createdAt))))),
      evidenceForm),
    h('section', {'aria-labelledby': 'h-history', class: 'card'}, h('h2', {id: 'h-history'}, t('history')),
      h('ol', {class: 'history'}, view.history.map(e => h('li', {},
        h('time', {datetime: e.at}, dateTime(e.at)), ' · ', e.change,
        e.oldValue || e.newValue ? [' ', bdi(`${e.oldValue ?? '—'} → ${e.newValue ?? '—'}`)] : null,
        e.note ? [' — ', bdi(e.note)] : null,
        e.byLink ? [' — ', h('span', {class: 'by-link'}, t('byLink', {name: pick(e, 'actorName')}))] : null)))));
}

(async () => {
  setLang(localStorage.getItem('mutabaa.lang') || 'ar');
  config = await loadConfig();
  try {
    const view = await call('GET', '');
    adoptPreferredLanguage(view.person?.preferredLanguage);
    render(view);
  } catch (e) {
    if (e instanceof Refused) refused(e.why);
    else replace(main, h('p', {class: 'notice', role: 'alert'}, e.message));
  }
})();
