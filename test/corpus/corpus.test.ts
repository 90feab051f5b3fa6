// The corpus is the authority: every part verbatim, all 29 ids, nothing of the source lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus, splitPassages } from '../../src/corpus/load';
import { parsePolicy } from '../../src/corpus/parse';
import { SOURCES } from '../../src/corpus/build';

const source = readFileSync(new URL('../../corpus/shizuishan-talent-2020/source.txt', import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const corpus = loadCorpus();

describe('corpus', () => {
  it('has the 29 parts of the public contract, in order', () => {
    const ids = Array.from({ length: 25 }, (_, i) => String(i + 1));
    expect(corpus.clauses.map((c) => c.id)).toEqual(['notice', 'g1', 'g2', ...ids, 'final']);
  });

  it('keeps every part verbatim (ignoring white space) and free of page markers and the 办公室 footer', () => {
    for (const c of corpus.clauses) {
      expect(squash(source)).toContain(squash(c.text));
      expect(c.text).not.toMatch(/-\s*\d+\s*-/);
    }
    expect(corpus.byId.get('notice')?.text.split('\n')).not.toContain('办公室');
  });

  it('loses no sentence of the source: removing every part leaves only headings and page layout', () => {
    let rest = squash(source);
    for (const piece of [...corpus.clauses.map((c) => c.text), ...corpus.documents.flatMap((d) => [d.title, d.preamble])]) {
      expect(rest).toContain(squash(piece));
      rest = rest.replace(squash(piece), '|');
    }
    const layout = ['一、总体要求和目标', '二、主要任务', '三、加强组织领导', '（一）深化体制机制改革', '（二）精准实施本土人才培养', '（三）加快人才引进聚集', '(四)完善人才激励办法', '（五）优化人才服务环境', '(一)', '(二)', '1.', '办公室', '-1-'];
    for (const l of layout) rest = rest.replace(l, '');
    for (let n = 25; n >= 2; n--) rest = rest.replace(`${n}.`, '');
    expect(rest.replace(/\|/g, '')).toBe('');
  });

  it('splits out lead and cooperating departments, e.g. 第14条 led by 市科技局 and 市工信局', () => {
    expect(corpus.byId.get('14')).toMatchObject({ lead: ['市科技局', '市工信局'], label: '第14条 实施聚才载体培育计划' });
    expect(corpus.byId.get('7')?.lead).toEqual(['市教体局', '市卫健委', '市民政局']);
    expect(corpus.byId.get('11')?.cooperate).toContain('市税务局');
    expect(corpus.byId.get('12')?.section).toBe('二、主要任务 › （三）加快人才引进聚集');
  });

  it('records the notice: 文号, issuers and date', () => {
    const doc = corpus.documents[0];
    expect(doc).toMatchObject({ docNumber: '石党办发〔2020〕32号', date: '2020-09-15', issuers: ['中共石嘴山市委办公室', '石嘴山市人民政府办公室'] });
    expect(corpus.byId.get('g2')?.label).toBe('一（二）主要目标');
    expect(corpus.byId.get('final')?.text).toBe('本意见与现行政策有交叉重复的，按照“时间从新、标准从高、奖补不重复”的原则执行。');
  });

  it('joins sentences broken across lines and pages (第12条 石嘴/山市)', () => {
    expect(corpus.byId.get('12')?.text).toContain('对与石嘴山市企业和社会组织签订预引进协议的石嘴山籍在读全日制博士、硕士、“双一流”学士，分别按照每人2万元、1万元、0.5万元标准');
  });

  it('matches what npm run corpus would regenerate (the committed JSON is not stale)', () => {
    const meta = SOURCES[0];
    if (!meta) throw new Error('no source registered');
    const fresh = parsePolicy(source, meta);
    expect(fresh.clauses).toEqual(corpus.clauses);
  });

  it('splits passages at 。 and ； so a quote is one sentence or one half of a long one', () => {
    expect(splitPassages('甲。乙；丙。')).toEqual(['甲。', '乙；', '丙。']);
    for (const p of corpus.passages) expect(corpus.byId.get(p.clauseId)?.text).toContain(p.text);
  });
});
