// The follow-up desk's other pages: the directory (organisations, their officials and focal points),
// each country's working calendar, search, and an official's notification preferences.

import {h, bdi, replace, field, select} from '../dom.js';
import {t, pick, date, country, number, setReader} from '../i18n.js';
import {get, post, put, del, has, getSession, ApiError} from '../api.js';
import {onSubmit, text} from '../forms.js';
import {toast, safely} from '../app.js';

const ORG_KINDS = ['MINISTRY', 'AGENCY', 'COMPANY', 'OTHER'];
const EVENT_KINDS = ['DECISION_ADOPTED', 'DECISION_AMENDED', 'DECISION_REVOKED', 'ACTION_CREATED', 'ACTION_REASSIGNED',
  'ACTION_STATUS_CHANGED', 'ACTION_DUE_SOON', 'ACTION_OVERDUE', 'ACTION_ESCALATED', 'ACTION_STATUS_CHECK',
  'ACTION_VERIFIED', 'ACTION_RETURNED', 'REPORT_READY'];
const CHANNELS = ['IN_APP', 'EMAIL', 'WEBHOOK'];
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const secretariat = () => has('secretariat') || has('admin');
const options = (values, prefix) => values.map(v => [v, t(prefix + v)]);

// ---- the directory

export async function directoryPage(main) {
  const organisations = (await get('meetings', '/organisations?size=200')).items;
  const byCountry = new Map();
  organisations.forEach(o => byCountry.set(o.countryCode, [...(byCountry.get(o.countryCode) || []), o]));
  const form = secretariat() ? organisationForm(null, async created => {
    toast(t('saved'));
    location.hash = `#/organisations/${created.id}`;
  }) : null;
  replace(main,
    h('h1', {}, t('directory')),
    [...byCountry.entries()].map(([code, orgs]) => h('section', {class: 'card', dataset: {country: code}},
      h('h2', {}, country(code), ' ', h('a', {href: `#/calendars/${code}`, class: 'hint calendar-link'}, t('workingCalendar'))),
      h('ul', {class: 'organisations'}, orgs.map(o => h('li', {},
        h('a', {href: `#/organisations/${o.id}`, dataset: {id: o.id}}, bdi(pick(o, 'name'))), ' ',
        h('span', {class: 'tag'}, t('okind_' + o.kind))))))),
    form);
}

function organisationForm(o, done) {
  const form = h('form', {class: 'card', id: o ? 'organisation-edit-form' : 'organisation-form', novalidate: true},
    h('h2', {}, o ? t('editOrganisation') : t('newOrganisation')),
    field(t('okind'), select('kind', options(ORG_KINDS, 'okind_'), o?.kind || 'MINISTRY')),
    field(t('countryCode'), h('input', {name: 'countryCode', dir: 'ltr', maxlength: 2, value: o?.countryCode || '',
      autocapitalize: 'characters'})),
    field(t('nameAr'), h('input', {name: 'nameAr', dir: 'rtl', lang: 'ar', value: o?.nameAr || ''})),
    field(t('nameEn'), h('input', {name: 'nameEn', dir: 'ltr', lang: 'en', value: o?.nameEn || ''})),
    h('button', {type: 'submit', class: 'primary'}, t('save')));
  onSubmit(form, () => {
    const body = {kind: form.elements.kind.value, countryCode: (text(form, 'countryCode') || '').toUpperCase(),
      nameAr: text(form, 'nameAr', true), nameEn: text(form, 'nameEn', true)};
    return o ? put('meetings', `/organisations/${o.id}`, body) : post('meetings', '/organisations', body);
  }, done);
  return form;
}

function officialForm(organisationId, o, done) {
  const form = h('form', {class: 'card official-form', id: o ? `official-form-${o.id}` : 'official-form', novalidate: true},
    h('h3', {}, o ? t('editOfficial') : t('newOfficial')),
    field(t('nameAr'), h('input', {name: 'nameAr', dir: 'rtl', lang: 'ar', value: o?.nameAr || ''})),
    field(t('nameEn'), h('input', {name: 'nameEn', dir: 'ltr', lang: 'en', value: o?.nameEn || ''})),
    field(t('titleAr'), h('input', {name: 'titleAr', dir: 'rtl', lang: 'ar', value: o?.titleAr || ''})),
    field(t('titleEn'), h('input', {name: 'titleEn', dir: 'ltr', lang: 'en', value: o?.titleEn || ''})),
    field(t('email'), h('input', {name: 'email', type: 'email', dir: 'ltr', value: o?.email || ''})),
    field(t('phone'), h('input', {name: 'phone', type: 'tel', dir: 'ltr', value: o?.phone || ''})),
    field(t('preferredLanguage'), select('preferredLanguage', [['ar', t('lang_ar')], ['en', t('lang_en')]],
      o?.preferredLanguage || 'ar')),
    field(t('officialTimeZone'), h('input', {name: 'timeZone', dir: 'ltr', value: o?.timeZone || ''})),
    field(t('signsIn'), h('input', {name: 'signsIn', type: 'checkbox', checked: o ? o.signsIn !== false : true}),
      t('signsInHint')),
    h('button', {type: 'submit', class: 'primary'}, t('save')));
  onSubmit(form, () => {
    const body = {organisationId, nameAr: text(form, 'nameAr', true), nameEn: text(form, 'nameEn', true),
      titleAr: text(form, 'titleAr', true), titleEn: text(form, 'titleEn', true), email: text(form, 'email'),
      phone: text(form, 'phone'), preferredLanguage: form.elements.preferredLanguage.value,
      timeZone: text(form, 'timeZone'), signsIn: form.elements.signsIn.checked};
    return o ? put('meetings', `/officials/${o.id}`, body) : post('meetings', '/officials', body);
  }, done);
  return form;
}

export async function organisationPage(main, id) {
  const [o, officials, focal] = await Promise.all([
    get('meetings', `/organisations/${id}`),
    get('meetings', `/officials?organisationId=${id}&size=200`).then(p => p.items),
    get('actions', `/organisations/${id}/focal-points`).catch(() => ({focalPoints: []}))]);
  const reload = async () => {
    toast(t('saved'));
    await organisationPage(main, id);
  };
  const named = new Set(focal.focalPoints.map(f => f.officialId));
  const active = officials.filter(x => x.active);
  // Focal points outside the directory (an organisation outside its countries): by address, told by mail.
  const addressList = h('ol', {class: 'focal-addresses'});
  const addressRow = a => {
    const i = addressList.children.length;
    addressList.append(h('li', {class: 'row focal-address'},
      field(t('email'), h('input', {name: `addresses[${i}].email`, type: 'email', dir: 'ltr', value: a?.email || ''})),
      field(t('nameAr'), h('input', {name: `addresses[${i}].nameAr`, dir: 'rtl', lang: 'ar', value: a?.nameAr || ''})),
      field(t('nameEn'), h('input', {name: `addresses[${i}].nameEn`, dir: 'ltr', lang: 'en', value: a?.nameEn || ''})),
      field(t('preferredLanguage'), select(`addresses[${i}].preferredLanguage`,
        [['ar', t('lang_ar')], ['en', t('lang_en')]], a?.preferredLanguage || 'ar'))));
  };
  (focal.addresses || []).forEach(addressRow);
  const focalForm = secretariat() ? h('form', {class: 'card', id: 'focal-points-form', novalidate: true},
    h('h2', {}, t('nameFocalPoints')),
    h('p', {class: 'hint'}, t('focalPointsHint')),
    h('fieldset', {class: 'owners'}, h('legend', {}, t('focalPoints')),
      active.map((x, i) => h('label', {class: 'check'},
        h('input', {type: 'checkbox', name: `focalPointIds[${i}]`, value: x.id, checked: named.has(x.id)}), ' ',
        bdi(pick(x, 'name') || pick(x, 'title'))))),
    h('fieldset', {class: 'addresses'}, h('legend', {}, t('focalAddresses')),
      h('p', {class: 'hint'}, t('focalAddressesHint')), addressList,
      h('button', {type: 'button', class: 'add-address', onclick: () => addressRow(null)}, t('addAddress'))),
    h('button', {type: 'submit', class: 'primary'}, t('save'))) : null;
  if (focalForm) {
    onSubmit(focalForm, () => put('actions', `/organisations/${id}/focal-points`, {
      focalPointIds: [...focalForm.querySelectorAll('input[type=checkbox]:checked')].map(b => b.value),
      addresses: [...addressList.children].map((row, i) => ({
        email: text(focalForm, `addresses[${i}].email`), nameAr: text(focalForm, `addresses[${i}].nameAr`, true),
        nameEn: text(focalForm, `addresses[${i}].nameEn`, true),
        preferredLanguage: focalForm.elements[`addresses[${i}].preferredLanguage`].value,
      })).filter(a => a.email || a.nameAr || a.nameEn)}), reload);
  }
  replace(main,
    h('p', {class: 'crumbs'}, h('a', {href: '#/directory'}, t('directory')), ' · ',
      h('a', {href: `#/calendars/${o.countryCode}`}, t('workingCalendar'))),
    h('h1', {}, bdi(pick(o, 'name'))),
    h('dl', {class: 'facts'},
      h('dt', {}, t('okind')), h('dd', {}, t('okind_' + o.kind)),
      h('dt', {}, t('country')), h('dd', {}, country(o.countryCode)),
      h('dt', {}, t('focalPoints')), h('dd', {id: 'focal-points'}, focal.focalPoints.length || focal.addresses?.length
        ? [...focal.focalPoints.map(f => bdi(pick(f, 'name') || pick(f, 'title'))),
          ...(focal.addresses || []).map(a => bdi(`${pick(a, 'name') || ''} <${a.email}>`.trim()))]
          .map((x, i) => [i ? '، ' : '', x])
        : t('noFocalPoints'))),
    h('section', {class: 'card', 'aria-labelledby': 'h-officials'}, h('h2', {id: 'h-officials'}, t('officials')),
      officials.length === 0 ? h('p', {}, t('nothing')) : h('ul', {class: 'officials'}, officials.map(x => h('li', {
        class: x.active ? null : 'inactive', dataset: {id: x.id}},
        bdi(pick(x, 'name') || '—'), ' — ', bdi(pick(x, 'title')), ' ',
        h('span', {class: 'tag'}, t('lang_' + x.preferredLanguage)),
        x.active ? null : [' ', h('span', {class: 'tag'}, t('inactive'))],
        secretariat() && x.active ? h('details', {class: 'edit-official'},
          h('summary', {}, t('edit')), officialForm(id, x, reload),
          h('button', {type: 'button', class: 'deactivate', onclick: safely(async () => {
            if (!window.confirm(t('deactivateConfirm'))) return;
            await post('meetings', `/officials/${x.id}/deactivate`);
            await reload();
          })}, t('deactivate'))) : null)))),
    focalForm,
    secretariat() ? h('details', {class: 'card'}, h('summary', {}, t('editOrganisation')),
      organisationForm(o, reload)) : null,
    secretariat() ? officialForm(id, null, reload) : null);
}

// ---- working calendars

export async function calendarPage(main, code, yearParam) {
  const year = Number(yearParam) || new Date().getFullYear();
  const c = await get('actions', `/calendars/${code}?year=${year}`);
  const reload = async () => {
    toast(t('saved'));
    await calendarPage(main, code, year);
  };
  const form = secretariat() && c.known ? h('form', {class: 'card', id: 'holiday-form', novalidate: true},
    h('h2', {}, t('announceHoliday')),
    h('p', {class: 'hint'}, t('announceHolidayHint')),
    field(t('date'), h('input', {type: 'date', name: 'date'})),
    field(t('nameAr'), h('input', {name: 'nameAr', dir: 'rtl', lang: 'ar'})),
    field(t('nameEn'), h('input', {name: 'nameEn', dir: 'ltr', lang: 'en'})),
    h('button', {type: 'submit', class: 'primary'}, t('announce'))) : null;
  if (form) {
    onSubmit(form, () => {
      const day = form.elements.date.value;
      if (!day) {
        throw new ApiError(400, {title: t('dateRequired'), detail: t('dateRequired'),
          errors: [{field: 'date', message: t('dateRequired')}]});
      }
      return put('actions', `/calendars/${code}/holidays/${day}`,
        {nameAr: text(form, 'nameAr', true), nameEn: text(form, 'nameEn', true)});
    }, async () => {
      const day = form.elements.date.value;
      await calendarPage(main, code, Number(day.slice(0, 4)));
      toast(t('saved'));
    });
  }
  const weekend = WEEKDAYS.filter(d => c.weekend.includes(d)).map(d => t('day_' + d)).join('، ');
  replace(main,
    h('p', {class: 'crumbs'}, h('a', {href: '#/directory'}, t('directory'))),
    h('h1', {}, t('calendarOf', {country: country(code)})),
    h('nav', {class: 'toolbar year-nav', 'aria-label': t('calYear')},
      h('a', {class: 'button', href: `#/calendars/${code}/${year - 1}`, rel: 'prev'}, bdi(String(year - 1))),
      h('strong', {class: 'year'}, bdi(String(year))),
      h('a', {class: 'button', href: `#/calendars/${code}/${year + 1}`, rel: 'next'}, bdi(String(year + 1)))),
    c.known ? null : h('p', {class: 'notice'}, t('calendarUnknown')),
    h('p', {id: 'weekend'}, t('weekend'), ': ', weekend),
    h('div', {class: 'table-wrap'}, h('table', {class: 'list', id: 'holidays'},
      h('thead', {}, h('tr', {}, [t('date'), t('holidayName'), ''].map(x => h('th', {scope: 'col'}, x)))),
      h('tbody', {}, c.holidays.map(d => h('tr', {dataset: {date: d.date}},
        h('td', {}, h('time', {datetime: d.date}, date(d.date))),
        h('td', {}, bdi(pick(d, 'name')), d.announced ? [' ', h('span', {class: 'tag'}, t('announced'))] : null),
        h('td', {}, secretariat() && c.known ? h('button', {type: 'button', class: 'withdraw', onclick: safely(async () => {
          if (!window.confirm(t('withdrawConfirm'))) return;
          await del('actions', `/calendars/${code}/holidays/${d.date}`);
          await reload();
        })}, t('withdraw')) : null)))))),
    form);
}

// ---- search

export async function searchPage(main, q) {
  const query = (q || '').trim();
  const form = h('form', {class: 'inline-form', id: 'search-form', role: 'search'},
    field(t('search'), h('input', {type: 'search', name: 'q', dir: 'auto', value: query})),
    h('button', {type: 'submit', class: 'primary'}, t('search')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const value = form.elements.q.value.trim();
    if (value) location.hash = `#/search?q=${encodeURIComponent(value)}`;
  });
  const hits = query ? await get('meetings', `/search?q=${encodeURIComponent(query)}&size=50`) : [];
  replace(main,
    h('h1', {}, t('search')),
    form,
    query ? h('p', {class: 'hint', id: 'search-count'}, t('searchResults', {n: number(hits.length)})) : null,
    h('ol', {class: 'search-hits'}, hits.map(hit => h('li', {dataset: {kind: hit.kind, id: hit.id}},
      h('span', {class: 'tag'}, t('hit_' + hit.kind)), ' ',
      h('a', {href: `#/meetings/${hit.meetingId}`, dir: 'auto'}, pick(hit, 'text'))))));
  if (!query) form.elements.q.focus();
}

// ---- preferences

export async function preferencesPage(main) {
  const me = getSession().officialId;
  const p = await get('notifications', `/preferences/${me}`);
  const form = h('form', {class: 'card', id: 'preferences-form', novalidate: true},
    h('div', {class: 'table-wrap'}, h('table', {class: 'list channels'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('eventKind')),
        CHANNELS.map(c => h('th', {scope: 'col'}, t('channel_' + c))))),
      h('tbody', {}, EVENT_KINDS.map(kind => h('tr', {dataset: {kind}},
        h('th', {scope: 'row'}, t('ekind_' + kind)),
        CHANNELS.map(c => h('td', {}, h('input', {type: 'checkbox', name: `channels.${kind}`, value: c,
          'aria-label': `${t('ekind_' + kind)} — ${t('channel_' + c)}`,
          checked: (p.channels?.[kind] || CHANNELS).includes(c)})))))))),
    h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'muted', checked: p.muted}), ' ', t('muted')),
    h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'digest', checked: p.digest}), ' ', t('digest')),
    field(t('digestHour'), h('input', {type: 'number', name: 'digestHour', min: 0, max: 23, value: p.digestHour ?? 8})),
    field(t('digits'), select('digits', [['WESTERN', t('digits_WESTERN')], ['ARABIC_INDIC', t('digits_ARABIC_INDIC')]],
      p.digits || 'WESTERN')),
    h('button', {type: 'submit', class: 'primary'}, t('save')));
  onSubmit(form, () => {
    const channels = {};
    EVENT_KINDS.forEach(kind => {
      channels[kind] = [...form.querySelectorAll(`input[name="channels.${kind}"]:checked`)].map(b => b.value);
    });
    const hour = form.elements.digestHour.value;
    return put('notifications', `/preferences/${me}`, {officialId: me, channels, muted: form.elements.muted.checked,
      digest: form.elements.digest.checked, digestHour: hour === '' ? null : Number(hour),
      digits: form.elements.digits.value});
  }, async saved => {
    const organisation = await get('meetings', `/officials/${me}`)
      .then(o => get('meetings', `/organisations/${o.organisationId}`)).catch(() => null);
    setReader(organisation?.countryCode, saved.digits);
    toast(t('saved'));
    await preferencesPage(main);
  });
  replace(main, h('h1', {}, t('preferences')), h('p', {class: 'hint'}, t('preferencesHint')), form);
}
