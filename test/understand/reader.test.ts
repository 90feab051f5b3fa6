// The Question one reading produces: places and their roles from the gazetteer, amounts as written, what is asked,
// typos of one character, and a reading whose cost grows linearly with the message.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { buildLanguage, loadLanguage } from '../../src/corpus/vocabulary';
import { loadRules } from '../../src/rules/load';
import { loadBundledReader } from '../../src/search/load';
import { createApp } from '../../src/app';
import { amountsIn } from '../../src/understand/numerals';
import { createReader } from '../../src/understand/read';
import { testDeps } from '../support/deps';

const reader = loadBundledReader(loadCorpus(), loadRules());
const read = (text: string) => reader.understand(text);

describe('places from the gazetteer', () => {
  it.each([
    ['我是吴忠人', '吴忠', 'origin', false],
    ['老家平罗的', '平罗', 'origin', true],
    ['陕西榆林人', '榆林', 'origin', false],
    ['I grew up in Lanzhou', '兰州', 'origin', false],
    ['hukou in Dawukou', 'dawukou', 'origin', true],
    ['在西安读研', '西安', 'study', false],
    ['和银川的企业签了协议', '银川', 'employer', false],
    ['中卫那边给研究生发多少', '中卫', 'policy', false],
    ['请了几个西安的工程师', '西安', 'people', false],
    // A county without its 县, with a role around it or after its province.
    ['我是靖边的', '靖边县', 'origin', false],
    ['甘肃会宁人', '会宁县', 'origin', false],
    // One spelling, two cities: the province beside it decides (榆林 in 陕西, 玉林 in 广西).
    ["I'm from Yulin, Shaanxi", '榆林', 'origin', false],
    ['a Yulin, Guangxi native', '玉林', 'origin', false],
  ])('%s → %s as %s', (text, name, role, home) => {
    expect(read(text).places).toContainEqual(expect.objectContaining({ name, role, home }));
  });

  it("does not take a county's short name that is a common word for the county (平安, 富裕) without a role", () => {
    expect(read('平安是福 创业补贴多少').places).toEqual([]);
    expect(read('家里富裕 能拿补贴吗').places).toEqual([]);
  });

  it('reads English plurals and possessives as the word (undergrads, labs)', () => {
    expect(read('3 full-time undergrads at Double First-Class universities').facts).toMatchObject({
      degree: 'bachelor',
      doubleFirstClass: true,
    });
    expect(read('two national key labs').subjects).toContain('rd_institution');
  });

  it('reads 石嘴山籍 from a district, and not from 石嘴山人才政策', () => {
    expect(read('我是大武口的，在读研').facts.origin).toBe(true);
    expect(read('石嘴山人才政策里博士有什么补贴').facts.origin).toBeUndefined();
  });
});

describe('what is asked', () => {
  it.each([
    ['这个文件的文号是多少', 'document_meta'],
    ['第九条说了什么', 'full_clause'],
    ['那个联盟是哪个部门负责的', 'department'],
    ['高企奖励能叠加吗', 'stacking'],
    ['加起来一共多少', 'total'],
    ['什么时候到账', 'timing'],
    ['怎么申请', 'procedure'],
    ['要交啥材料', 'materials'],
    ['认定标准是啥', 'criteria'],
    ['服务期几年', 'obligations'],
  ])('%s asks for %s', (text, ask) => {
    expect(read(text).asks[0]).toBe(ask);
  });
});

describe('the written amount and typos', () => {
  it('values amounts as people write them', () => {
    expect(amountsIn('两万 2w 20000块 0.5万 五千 10k')).toEqual([20000, 20000, 5000, 10000, 20000, 5000]);
  });

  it.each([
    ['博士工作战补贴多少钱', 'postdoc_station'],
    ['众创空问是自治区级的 给钱不', 'maker_space'],
  ])('%s still names %s (one character wrong)', (text, subject) => {
    expect(read(text).subjects).toContain(subject);
  });
});

describe('data, not code', () => {
  it('fails the load on a mistyped subject in a cue', () => {
    const { vocabulary, coverage } = loadLanguage();
    const bad = { ...vocabulary, subjectCues: [...vocabulary.subjectCues, { value: 'postdoc_statoin', say: ['x站'] }] };
    expect(() => createReader(buildLanguage({ vocabulary: bad, coverage }), loadCorpus())).toThrow(/postdoc_statoin/);
  });

  it('fails the load on an unknown field', () => {
    const { vocabulary, coverage } = loadLanguage();
    expect(() => buildLanguage({ vocabulary: { ...vocabulary, synonym: [] }, coverage })).toThrow(/synonym/);
  });
});

describe('GET /api/understand', () => {
  it('returns the Question for a message', async () => {
    const app = createApp(testDeps());
    const res = await app.request(`/api/understand?q=${encodeURIComponent('我是吴忠人，中卫的研究生补贴多少')}`);
    expect(res.status).toBe(200);
    const q = await res.json();
    expect(q.facts.origin).toBe(false);
    expect(q.scope).toMatchObject({ inScope: false, reason: 'other_place' });
  });

  it('refuses a missing q with 400', async () => {
    const res = await createApp(testDeps()).request('/api/understand');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_request');
  });
});

describe('reading cost', () => {
  // A regression to quadratic scanning (the old scope check) would take about 4× as long for twice the text.
  it('grows about linearly with the message: twice the text costs well under the 4× of a quadratic scan', () => {
    const unit = '博士后科研工作站技能大师工作室预引进生活补贴高新技术企业众创空间';
    const cost = (n: number) => {
      const text = unit.repeat(n);
      // CPU time, not wall time (other test files share the machine), and the cheapest of several runs.
      let best = Infinity;
      for (let i = 0; i < 15; i++) {
        const t0 = process.cpuUsage();
        reader.understand(text);
        const used = process.cpuUsage(t0);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    cost(32);
    // Long texts, so fixed costs vanish. Linear reads measure 2.0–2.5× here, up to 3.05× with the machine busy; a quadratic
    // reader measures 4× and more (the old scope check: 4.4×), so 3.5× separates them. The best of three pairs: a reading
    // now takes 4–9 ms, so one pair can land on a collection or another job's slice (3.8× once at load 7), while a
    // quadratic reader stays at 4× in every pair.
    const ratio = Math.min(...[1, 2, 3].map(() => cost(384) / cost(192)));
    expect(ratio).toBeLessThan(3.5);
  });
});
