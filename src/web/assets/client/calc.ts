// Client calculator (served as text): form → POST /api/benefits → qualifies / not eligible (why) / to be confirmed (what is missing).
export const calcJs = String.raw`
function factsOf(form) {
  var facts = {};
  form.querySelectorAll('select').forEach(function (s) {
    if (!s.value) return;
    var v = s.value === 'true' ? true : s.value === 'false' ? false : s.value;
    facts[s.name] = s.name === 'subjects' ? [v] : v;
  });
  return facts;
}

/* Accepts either {eligible, ineligible, unknown} lists or one list of amounts with eligible true/false/null. */
function benefitGroups(data) {
  var all = Array.isArray(data) ? data : Array.isArray(data.amounts) ? data.amounts : Array.isArray(data.benefits) ? data.benefits : null;
  if (all) {
    return {
      yes: all.filter(function (a) { return (a.amount || a).eligible === true; }),
      no: all.filter(function (a) { return (a.amount || a).eligible === false; }),
      unk: all.filter(function (a) { var e = (a.amount || a).eligible; return e !== true && e !== false; }),
    };
  }
  return { yes: data.eligible || [], no: data.ineligible || data.notEligible || [], unk: data.unknown || data.undetermined || [] };
}

function resultSection(titleKey, items, quotesFor, collapsed) {
  var title = t(titleKey) + ' (' + items.length + ')';
  var content = items.length
    ? el('div', { cls: 'cards' }, items.map(function (a) { return moneyCard(a, quotesFor(String(a.clause))); }))
    : el('p', { cls: 'small', text: t('calcNone') });
  /* The not-eligible list is long and secondary: folded, but one tap (or Enter) away. */
  if (collapsed && items.length) return el('details', { cls: 'result-group' }, [el('summary', { text: title }), content]);
  return el('section', { cls: 'result-group' }, [el('h2', { text: title }), content]);
}

/* "What would settle the rest": each question jumps to its field. */
function questionList(questions) {
  if (!questions || !questions.length) return null;
  return el('section', { cls: 'result-group' }, [
    el('h2', { text: t('calcMissing') }),
    el('ul', { cls: 'questions' }, questions.map(function (q) {
      return el('li', {}, [el('button', { cls: 'link', text: q.question, attrs: { type: 'button' }, on: { click: function () { var f = $('f-' + q.fact); if (f) f.focus(); } } })]);
    })),
  ]);
}

function initCalc() {
  var form = $('calc-form'), out = $('calc-results'), status = $('calc-status');
  form.addEventListener('reset', function () { out.textContent = ''; status.textContent = ''; });
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    var lang = state.lang;
    status.textContent = t('thinking');
    out.textContent = '';
    try {
      var res = await postJson('/api/benefits', Object.assign(factsOf(form), { lang: lang }));
      var data = await res.json(), g = benefitGroups(data), cites = data.citations || [];
      var quotesFor = function (id) { return quotesOf(id, cites); };
      status.textContent = '';
      out.appendChild(resultSection('calcEligible', g.yes, quotesFor, false));
      out.appendChild(resultSection('calcUnknown', g.unk, quotesFor, false));
      var qs = questionList(data.questions);
      if (qs) out.appendChild(qs);
      out.appendChild(resultSection('calcIneligible', g.no, quotesFor, true));
      out.firstChild.scrollIntoView({ block: 'start' });
    } catch (err) {
      var kind = err && err.kind;
      status.textContent = err && err.status === 404 ? t('calcUnavailable')
        : kind === 'network' ? t('networkError') : kind === 'rate' ? t('rateLimited')
        : kind === 'client' && err.message ? err.message : t('serverError');
    }
  });
}
`;
