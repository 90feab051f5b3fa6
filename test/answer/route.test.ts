// Turn classification as a table: a message (and what the conversation had established) → the answer it gets.
import { describe, expect, it } from 'vitest';
import { route, type Turn } from '../../src/answer/route';
import { loadCorpus } from '../../src/corpus/load';
import { loadRules } from '../../src/rules/load';
import { loadBundledReader } from '../../src/search/load';
import type { ReadContext } from '../../src/understand/read';

const reader = loadBundledReader(loadCorpus(), loadRules());
const money: { turn: Turn; context: ReadContext } = {
  turn: { carried: true, subjects: ['student'], pending: 'degree' },
  context: { facts: { subjects: ['student'] }, pending: 'degree' },
};
const fresh: { turn: Turn; context: ReadContext } = { turn: { carried: false }, context: {} };
const settled: { turn: Turn; context: ReadContext } = {
  turn: { carried: true, subjects: ['student'], newTopic: true },
  context: { facts: { subjects: ['student'] } },
};
type Row = [message: string, conversation: { turn: Turn; context: ReadContext }, route: ReturnType<typeof route>];

describe('route', () => {
  it.each<Row>([
    ['你好', fresh, 'greeting'],
    ['中卫那边给研究生发多少生活补贴', fresh, 'out_of_scope'],
    ['见习补贴一个月多少', fresh, 'out_of_scope'],
    ['这个文件的文号', fresh, 'document_meta'],
    ['第九条说了什么', fresh, 'full_clause'],
    ['那个联盟的运行经费是哪个部门负责的', fresh, 'department'],
    ['高企奖励和自治区的能叠加吗', fresh, 'stacking'],
    ['国家级科技企业孵化器和国家级众创空间，加起来一共多少', fresh, 'total'],
    ['我是石嘴山人，在读全日制博士，签了预引进协议，能拿多少补贴', fresh, 'money'],
    ['专科毕业的石嘴山人 没职称 考市属国企能免笔试吗', fresh, 'money'],
    ['柔性引才有哪些方式', fresh, 'lookup'],
    // What a term means is answered by the sentences that use it, even when the term names an award.
    ['A至F类人才啥意思', fresh, 'lookup'],
    ['博士', money, 'money'],
    ['不对 我户口其实在吴忠', money, 'money'],
    ['那如果是硕士呢', money, 'money'],
    // A settled money question (nothing pending) and a message about another clause: a new question, not a reply.
    ['博士能不能直接进事业单位', settled, 'lookup'],
  ])('%s → %s', (message, { turn, context }, expected) => {
    expect(route(reader.understand(message, context), turn)).toBe(expected);
  });
});
