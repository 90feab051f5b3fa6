// WeChat rendering of the one Answer object: plain text, numbered options, 2,048-byte replies.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types';
import { ConfigError, loadConfig } from '../../src/config';
import { byteLength, cutToBytes, renderWechat, splitReplies } from '../../src/wechat/render';
import { wechatConfig } from '../../src/wechat/config';
import { wecomConfig } from '../../src/wecom/config';

const base: Answer = {
  answer: '',
  citations: [{ id: '12', label: '第12条 实施基础人才储备计划', quote: '…' }],
  amounts: [],
  source: 'extractive',
  lang: 'zh',
};

describe('renderWechat', () => {
  it('drops markdown a model may emit and points at 「原文12」', () => {
    const { text } = renderWechat({ ...base, answer: '**博士**每人2万元（20000元）。【第12条】\n## 条件\n`石嘴山籍`' });
    expect(text).toBe('博士每人2万元（20000元）。【第12条】\n条件\n石嘴山籍\n\n回复「原文12」查看条文');
  });

  it('numbers the options of an English clarifying question', () => {
    const clarify = {
      fact: 'degree',
      question: 'Which degree?',
      options: [
        { value: 'doctor', label: 'Doctorate: 20,000 yuan' },
        { value: 'master', label: 'Master: 10,000 yuan' },
      ],
    };
    const { text } = renderWechat({
      ...base,
      lang: 'en',
      clarify,
      answer: 'It depends on the degree. 【第12条】\n\nWhich degree?\n· Doctorate: 20,000 yuan\n· Master: 10,000 yuan',
    });
    expect(text).toContain('Which degree?\nReply 1: Doctorate: 20,000 yuan\nReply 2: Master: 10,000 yuan');
    expect(text).not.toContain('· ');
  });

  it('keeps the core of a long answer within 2,048 bytes, cites it, and keeps the rest whole', () => {
    const paragraph = (n: number) =>
      `第${n}段：对新认定的市级、自治区级、国家级技能大师工作室分别一次性给予3万元、5万元、10万元的建设经费。`;
    const body = Array.from({ length: 30 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const { text, rest } = renderWechat({ ...base, answer: body });
    expect(byteLength(text)).toBeLessThanOrEqual(2048);
    expect(text).toContain('【第12条】');
    expect(text).toContain('回复「全文」查看其余内容');
    expect(rest?.startsWith('第')).toBe(true);
    expect(body.replace(/\s/g, '')).toContain(rest!.replace(/\s/g, ''));
    for (const piece of splitReplies(rest!)) expect(byteLength(piece)).toBeLessThanOrEqual(2048);
  });

  it('never cuts inside a surrogate pair', () => {
    const { head, rest } = cutToBytes('𠀀'.repeat(1000), 2048);
    expect(byteLength(head)).toBeLessThanOrEqual(2048);
    expect(head + rest).toBe('𠀀'.repeat(1000));
    expect(head.length % 2).toBe(0);
  });
});

describe('configuration', () => {
  it('names the variable when an EncodingAESKey is not 43 characters, or safe mode lacks the AppID', () => {
    expect(() => wechatConfig(loadConfig({ WECHAT_TOKEN: 't', WECHAT_AES_KEY: 'short', WECHAT_APP_ID: 'wx1' }))).toThrow(/WECHAT_AES_KEY/);
    expect(() => wechatConfig(loadConfig({ WECHAT_TOKEN: 't', WECHAT_AES_KEY: 'A'.repeat(43) }))).toThrow(/WECHAT_APP_ID/);
    expect(wechatConfig(loadConfig({}))).toBeUndefined();
  });

  it('refuses a partial WeCom configuration, naming what is missing', () => {
    expect(() => wecomConfig(loadConfig({ WECOM_TOKEN: 't', WECOM_CORP_ID: 'ww1' }))).toThrow(ConfigError);
    expect(() => wecomConfig(loadConfig({ WECOM_TOKEN: 't', WECOM_CORP_ID: 'ww1' }))).toThrow(/WECOM_AES_KEY/);
    expect(() =>
      wecomConfig(loadConfig({ WECOM_TOKEN: 't', WECOM_CORP_ID: 'ww1', WECOM_AES_KEY: 'A'.repeat(43), WECOM_AGENT_ID: 'x' })),
    ).toThrow(/WECOM_AGENT_ID/);
  });
});

describe('the optional parts of the answer object', () => {
  it('shows what was understood, the total and an interpretation when the text does not say them', () => {
    const amount = {
      ruleId: 'r6-master-studio',
      clause: '6',
      label: '技能大师工作室建设经费',
      min: 100000,
      max: 100000,
      currency: 'CNY' as const,
      per: 'studio',
      period: 'one-time',
      recipient: 'studio',
      eligible: true,
      conditions: [],
      obligations: [],
      interpretation: '未说明级别时按国家级计算',
    };
    const { text } = renderWechat({
      ...base,
      answer: '符合：技能大师工作室建设经费 — 10万元（100000元）。【第6条】',
      amounts: [amount],
      total: { min: 120000, max: 120000, ruleIds: ['r6-master-studio', 'r12-pre-introduction'] },
      understood: [{ fact: 'origin', value: true, label: '石嘴山籍（平罗）', from: '平罗人' }],
    });
    expect(text.startsWith('我理解的情况：石嘴山籍（平罗）')).toBe(true);
    expect(text).toContain('合计：12万元（120000元）');
    expect(text).toContain('说明：未说明级别时按国家级计算');
  });
});
