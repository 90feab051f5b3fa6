// Escaping, splitting and callback data: the parts of the Telegram channel that are pure functions.
import { describe, expect, it } from 'vitest';
import { FACT_QUESTIONS } from '../../src/rules/facts';
import { byteLength, decodeTap, encodeTap } from '../../src/telegram/callback-data';
import { clauseIdOf } from '../../src/telegram/clause';
import { escapeHtml, renderAnswer, splitText, toHtml } from '../../src/telegram/format';

describe('escapeHtml / toHtml', () => {
  it('escapes the characters Telegram HTML reads, and bolds only citation tags', () => {
    expect(escapeHtml('<b>博士</b> & "硕士"')).toBe('&lt;b&gt;博士&lt;/b&gt; &amp; &quot;硕士&quot;');
    expect(toHtml('“给予2万元生活补贴”【第12条】<i>')).toBe('“给予2万元生活补贴”<b>【第12条】</b>&lt;i&gt;');
  });
});

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('第一段。\n\n第二段。')).toEqual(['第一段。\n\n第二段。']);
  });

  it('splits a 6000-character answer at sentence ends, every part under 4096', () => {
    const sentence = '对石嘴山籍全日制在读博士研究生给予2万元生活补贴。';
    const text = sentence.repeat(Math.ceil(6000 / sentence.length)).slice(0, 6000 - 1) + '。';
    const parts = splitText(text);
    expect(parts.length).toBe(2);
    for (const p of parts) expect(toHtml(p).length).toBeLessThan(4096);
    expect(parts[0]!.endsWith('。')).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('measures the escaped HTML, so markup-heavy text gets more parts', () => {
    const text = '<&>'.repeat(2000);
    const parts = splitText(text);
    for (const p of parts) expect(toHtml(p).length).toBeLessThanOrEqual(4000);
    expect(parts.join('')).toBe(text);
  });

  it('prefers a paragraph break to a sentence end', () => {
    const parts = splitText(`${'甲。'.repeat(30)}\n\n${'乙。'.repeat(30)}`, 100);
    expect(parts).toEqual(['甲。'.repeat(30), '乙。'.repeat(30)]);
  });

  it('never cuts an emoji in half, even without any boundary', () => {
    const parts = splitText('😀'.repeat(100), 51);
    expect(parts.join('')).toBe('😀'.repeat(100));
    for (const p of parts) expect(p).not.toMatch(/[\ud800-\udbff]$/);
  });
});

describe('renderAnswer', () => {
  it('adds the clarifying question when the answer text does not already ask it', () => {
    const html = renderAnswer({ answer: '需要知道学历。', clarify: { fact: 'degree', question: '您的学历？', options: [] } });
    expect(html).toEqual(['需要知道学历。\n\n您的学历？']);
  });
});

describe('callback data', () => {
  it('round-trips every kind of tap', () => {
    for (const tap of [
      { kind: 'clause', id: '12' },
      { kind: 'option', fact: 'degree', value: 'doctor' },
      { kind: 'optionIndex', index: 3 },
      { kind: 'lang', lang: 'en' },
      { kind: 'persona', persona: 'grad' },
      { kind: 'starter', persona: 'grad', index: 1 },
      { kind: 'calc', fact: 'agreementSigned', value: 'true' },
    ] as const) {
      expect(decodeTap(encodeTap(tap))).toEqual(tap);
    }
  });

  it('fits every answer to every fact question within 64 bytes', () => {
    for (const [fact, q] of Object.entries(FACT_QUESTIONS)) {
      for (const o of q.options) {
        const data = encodeTap({ kind: 'option', fact, value: String(o.value) });
        expect(data && byteLength(data)).toBeLessThanOrEqual(64);
      }
    }
  });

  it('refuses what would exceed 64 bytes, and ignores data it did not write', () => {
    expect(encodeTap({ kind: 'option', fact: 'degree', value: '博'.repeat(30) })).toBeUndefined();
    expect(decodeTap('x:1')).toBeUndefined();
    expect(decodeTap('c:1:2')).toBeUndefined();
    expect(decodeTap(undefined)).toBeUndefined();
  });
});

describe('clauseIdOf', () => {
  it('reads the ways people name a clause', () => {
    expect(clauseIdOf('12')).toBe('12');
    expect(clauseIdOf('第12条')).toBe('12');
    expect(clauseIdOf('１２')).toBe('12');
    expect(clauseIdOf('Final')).toBe('final');
  });
});
