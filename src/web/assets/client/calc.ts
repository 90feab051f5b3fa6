// Client calculator (served as text): form → POST /api/benefits → qualifies / not eligible (why) / to be confirmed (what is missing).
export const calcJs = String.raw`
function factsOf(form) {
  var facts = {};
  form.querySelectorAll('select').forEach(function (s) {
    if (!s.value) return;
    facts[s.name] = s.value === 'true' ? true : s.value === 'false' ? false : s.value;
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

function benefitCard(item, eligible) {
  var a = Object.assign({}, item.amount || item);
  if (a.eligible === undefined) a.eligible = eligible;
  var why = [].concat(item.reasons || item.reason || item.failed || []);
  var missing = [].concat(item.missing || item.missingFacts || item.questions || []);
  var extra = el('div', {}, [listBlock(eligible === false ? 'notEligible' : 'calcMissing', eligible === false ? why : missing)]);
  return moneyCard(a, [], extra.firstChild ? extra : null);
}

function resultSection(titleKey, items, eligible) {
  return el('section', { cls: 'result-group' }, [
    el('h2', { text: t(titleKey) + ' (' + items.length + ')' }),
    items.length ? el('div', { cls: 'cards' }, items.map(function (i) { return benefitCard(i, eligible); })) : el('p', { cls: 'small', text: t('calcNone') }),
  ]);
}

function initCalc() {
  var form = $('calc-form'), out = $('calc-results'), status = $('calc-status');
  form.addEventListener('reset', function () { out.textContent = ''; status.textContent = ''; });
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    status.textContent = t('thinking');
    out.textContent = '';
    try {
      var res = await postJson('/api/benefits', factsOf(form));
      var g = benefitGroups(await res.json());
      status.textContent = '';
      out.appendChild(resultSection('calcEligible', g.yes, true));
      out.appendChild(resultSection('calcUnknown', g.unk, null));
      out.appendChild(resultSection('calcIneligible', g.no, false));
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
