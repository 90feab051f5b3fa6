// Client chat (served as text): send, stream, render the Answer (text with chips, money cards, clarify), feedback, copy.
export const chatJs = String.raw`
function citationFor(marker, citations) {
  return citations.filter(function (c) {
    if (/^\d+$/.test(c.id)) return marker === '第' + c.id + '条';
    if (c.id === 'notice') return marker === '印发通知' || marker === '通知';
    if (c.id === 'final') return marker === '结尾';
    return (c.label || '').split(/\s/)[0] === marker;
  });
}

/* Paragraphs of the answer; each 【…】 that names a cited clause becomes a chip, the rest stays text.
   Lines the page shows elsewhere are left out: "· option" lines (buttons) and 条件/义务 lines (the money card). */
function answerBody(ans) {
  var cites = ans.citations || [];
  var buttons = ans.clarify && ans.clarify.options && ans.clarify.options.length;
  var cards = ans.amounts && ans.amounts.length;
  function shownElsewhere(p) {
    return (buttons && /^· /.test(p)) || (cards && /^(条件|义务)：|^(Conditions|Obligations): /.test(p));
  }
  return String(ans.answer || '').split(/\n+/).filter(function (p) { return p.trim() && !shownElsewhere(p); }).map(function (p) {
    var para = el('p'), re = /【([^】]{1,40})】/g, pos = 0, m;
    while ((m = re.exec(p))) {
      var hits = citationFor(m[1], cites);
      if (!hits.length) continue;
      para.appendChild(doc.createTextNode(p.slice(pos, m.index)));
      para.appendChild(chip(hits[0].id, m[0], hits[0].label, quotesOf(hits[0].id, cites)));
      pos = m.index + m[0].length;
    }
    para.appendChild(doc.createTextNode(p.slice(pos)));
    return para;
  });
}

function copyText(ans) {
  var cites = (ans.citations || []).map(function (c) { return '【' + c.label + '】' + c.quote; });
  return String(ans.answer || '') + (cites.length ? '\n\n' + t('sources') + ':\n' + cites.join('\n') : '');
}

async function copyToClipboard(text) {
  try { await navigator.clipboard.writeText(text); return true; } catch (e) { /* insecure context: fall back */ }
  var ta = el('textarea', { text: text, attrs: { readonly: '', 'aria-hidden': 'true' }, cls: 'offscreen' });
  doc.body.appendChild(ta); ta.select();
  var ok = false;
  try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
  ta.remove();
  return ok;
}

function initChat() {
  var form = $('ask'), q = $('q'), log = $('log'), status = $('status'), starters = $('starters');
  var session = newSessionId(), busy = false, persona = 'graduate';

  fetch('/healthz').then(function (r) { return r.json(); }).then(function (h) {
    if (h && h.provider === 'offline') $('offline').hidden = false;
  }).catch(function () { /* the notice is a nicety */ });

  function renderStarters() {
    var list = $('starter-list');
    list.textContent = '';
    (STARTERS[state.lang][persona] || []).forEach(function (s) {
      list.appendChild(el('li', {}, [el('button', { cls: 'starter', text: s, attrs: { type: 'button' }, on: { click: function () { send(s); } } })]));
    });
  }
  doc.querySelectorAll('.persona').forEach(function (b) {
    b.addEventListener('click', function () {
      persona = b.getAttribute('data-persona');
      doc.querySelectorAll('.persona').forEach(function (o) { o.setAttribute('aria-pressed', String(o === b)); });
      renderStarters();
    });
  });
  doc.addEventListener('langchange', renderStarters);
  renderStarters();

  function grow() { q.style.height = 'auto'; q.style.height = Math.min(q.scrollHeight, 200) + 'px'; }
  q.addEventListener('input', grow);
  q.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); send(q.value); });
  $('new-chat').addEventListener('click', function () {
    log.textContent = ''; status.textContent = ''; session = newSessionId();
    starters.hidden = false; q.value = ''; grow(); q.focus();
  });

  function setBusy(on) {
    busy = on;
    $('send').disabled = on;
    log.setAttribute('aria-busy', String(on));
    status.textContent = on ? t('thinking') : '';
  }

  function send(text) {
    text = String(text || '').trim();
    if (!text || busy) return;
    starters.hidden = true;
    log.appendChild(el('li', { cls: 'msg user', attrs: { lang: /[\u3400-\u9fff]/.test(text) ? 'zh-CN' : 'en' } }, [
      el('span', { cls: 'sr-only', text: t('you') + ': ' }), el('p', { text: text }),
    ]));
    q.value = ''; grow();
    run(text);
  }

  async function run(text) {
    var li = el('li', { cls: 'msg bot' }), body = el('div', { cls: 'body' }, [el('p', { cls: 'thinking', text: t('thinking') })]);
    li.appendChild(el('span', { cls: 'sr-only', text: t('assistant') + ': ' }));
    li.appendChild(body);
    log.appendChild(li);
    li.scrollIntoView({ block: 'end' });
    setBusy(true);
    var streamed = '';
    try {
      var ans = await askServer({ message: text, sessionId: session }, function (d) {
        streamed += d;
        body.textContent = '';
        body.appendChild(el('p', { cls: 'streaming', text: streamed }));
      });
      if (ans.sessionId) session = ans.sessionId;
      renderAnswer(li, body, ans, text);
    } catch (e) {
      renderProblem(body, e, function () { li.remove(); run(text); });
    } finally {
      setBusy(false);
    }
  }

  function renderProblem(body, e, retry) {
    var kind = e && e.kind ? e.kind : 'server';
    var msg = kind === 'network' ? t('networkError') : kind === 'rate' ? t('rateLimited') : kind === 'client' && e.message ? e.message : t('serverError');
    body.textContent = '';
    body.classList.add('problem');
    body.appendChild(el('p', { text: msg, attrs: { role: 'alert' } }));
    if (kind !== 'client') body.appendChild(el('button', { cls: 'secondary', text: t('retry'), attrs: { type: 'button' }, on: { click: retry } }));
  }

  function renderAnswer(li, body, ans, question) {
    var cites = ans.citations || [];
    li.setAttribute('lang', htmlLangOf(ans.lang === 'en' ? 'en' : 'zh'));
    body.textContent = '';
    if (ans.degraded) body.appendChild(el('p', { cls: 'notice small', text: t('degraded') }));
    answerBody(ans).forEach(function (p) { body.appendChild(p); });
    (ans.amounts || []).forEach(function (a) { body.appendChild(moneyCard(a, quotesOf(String(a.clause), cites), ans.lead)); });
    if (ans.clarify && ans.clarify.options && ans.clarify.options.length) body.appendChild(clarifyBlock(ans.clarify));
    var ids = [];
    cites.forEach(function (c) { if (ids.indexOf(c.id) < 0) ids.push(c.id); });
    if (ids.length) {
      body.appendChild(el('div', { cls: 'sources' }, [
        el('span', { cls: 'sources-title', text: t('sources') }),
      ].concat(ids.map(function (id) {
        var c = cites.filter(function (x) { return x.id === id; })[0];
        return chip(id, c.label, c.label, quotesOf(id, cites));
      }))));
    }
    body.appendChild(actions(ans, question));
  }

  function clarifyBlock(cl) {
    var group = el('div', { cls: 'options', attrs: { role: 'group', 'aria-label': cl.question || t('clarifyHint') } });
    cl.options.forEach(function (o) {
      group.appendChild(el('button', {
        cls: 'option', text: o.label, attrs: { type: 'button', 'data-value': o.value },
        on: { click: function (e) {
          if (busy) return;
          group.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
          e.currentTarget.setAttribute('aria-pressed', 'true');
          send(o.label);
        } },
      }));
    });
    return el('div', { cls: 'clarify' }, [el('p', { cls: 'small', text: t('clarifyHint') }), group]);
  }

  function actions(ans, question) {
    var note = el('span', { cls: 'small note', attrs: { role: 'status' } });
    function rate(rating, btn, other) {
      btn.setAttribute('aria-pressed', 'true'); other.setAttribute('aria-pressed', 'false');
      postJson('/api/feedback', { sessionId: session, message: question, answer: String(ans.answer || '').slice(0, 8000), rating: rating })
        .then(function () { note.textContent = t('thanks'); })
        .catch(function () { note.textContent = t('networkError'); });
    }
    var up = el('button', { cls: 'icon', text: '👍', attrs: { type: 'button', 'aria-pressed': 'false', 'aria-label': t('helpful'), title: t('helpful') } });
    var down = el('button', { cls: 'icon', text: '👎', attrs: { type: 'button', 'aria-pressed': 'false', 'aria-label': t('notHelpful'), title: t('notHelpful') } });
    up.addEventListener('click', function () { rate('up', up, down); });
    down.addEventListener('click', function () { rate('down', down, up); });
    var copy = el('button', { cls: 'link', text: t('copy'), attrs: { type: 'button' } });
    copy.addEventListener('click', async function () { note.textContent = (await copyToClipboard(copyText(ans))) ? t('copied') : ''; });
    return el('div', { cls: 'actions' }, [copy, up, down, note]);
  }
}
`;
