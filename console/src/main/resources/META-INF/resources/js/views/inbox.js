// The notification inbox: newest first, each in its own language and direction; new ones arrive live.

import {h, replace} from '../dom.js';
import {t, dateTime} from '../i18n.js';
import {get, post, getSession} from '../api.js';
import {changeUnread, live, safely} from '../app.js';

export async function inboxPage(main) {
  const me = getSession().officialId;
  const list = h('ol', {class: 'inbox', id: 'inbox'});
  const item = n => {
    const li = h('li', {class: n.readAt ? 'note read' : 'note unread', dataset: {id: n.id}, lang: n.language, dir: n.direction},
      h('h2', {class: 'subject'}, n.urgent ? h('span', {class: 'tag urgent'}, '!') : null, ' ', n.subject),
      h('p', {class: 'body'}, n.body),
      h('p', {class: 'meta'},
        h('time', {datetime: n.createdAt}, dateTime(n.createdAt)),
        n.actionId ? [' · ', h('a', {href: `#/actions/${n.actionId}`}, t('openAction'))]
          : n.decisionId ? [' · ', h('a', {href: `#/decisions/${n.decisionId}`}, t('openDecision'))] : null,
        ' ', n.readAt ? h('span', {class: 'hint'}, t('read')) : h('button', {type: 'button', class: 'mark-read', onclick: safely(async () => {
          const read = await post('notifications', `/notifications/${n.id}/read`);
          changeUnread(-1);
          li.replaceWith(item(read));
        })}, t('markRead'))));
    return li;
  };
  const page = await get('notifications', `/notifications?recipientId=${me}&size=100`);
  replace(main, h('h1', {}, t('inbox')),
    page.items.length ? list : h('p', {id: 'inbox-empty'}, t('inboxEmpty')));
  page.items.forEach(n => list.append(item(n)));
  live(n => {
    if (!n) {
      inboxPage(main);
      return;
    }
    document.getElementById('inbox-empty')?.replaceWith(list);
    list.prepend(item(n));
  });
}
