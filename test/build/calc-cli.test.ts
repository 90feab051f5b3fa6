// `npm run calc` as a person reads it: the benefits table in words of the chosen language, never the rules' code words
// (person/one-time, pre-introducing-employer) or fact names (agreementSigned).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Code words as the rules write them: per/period pairs, hyphenated recipients, fact names, rule ids. */
const CODES =
  /[a-z-]+\/[a-z-]+|\b(pre-introducing-employer|introducing-employer|county-institution|organisation-or-person|on-recognition|per-selection|person-trip|not-applicable|unstated|agreementSigned|fullTime|enrolled|doubleFirstClass)\b|\br\d+-[a-z]/;
/[a-z-]+\/[a-z-]+|\b[a-z]+-[a-z]+-[a-z]+\b|\b(agreementSigned|fullTime|enrolled|doubleFirstClass|not-applicable|unstated)\b|\br\d+-[a-z]/;

function calc(...args: string[]): string {
  const run = spawnSync('npx', ['tsx', 'src/calc.ts', '--facts', '{"subjects":["student"],"origin":true,"degree":"doctor"}', ...args], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('npm run calc', () => {
  it('prints the table in Chinese words: amount, per, period, recipient and the questions still to ask', () => {
    const out = calc();
    expect(out).toContain('石嘴山籍高校学生预引进生活补贴【第12条】\n    2万元（20000元） · 每人 · 一次性 · 发放给预引进单位');
    expect(out).toContain('还需确认：您现在还在读吗？');
    expect(out).toMatch(/下一步要问: 您是否已与石嘴山市企业和社会组织签订预引进协议？/);
    expect(out).not.toMatch(CODES);
  });

  it('prints the same table in English with --lang en', () => {
    const out = calc('--lang', 'en');
    expect(out).toContain('20,000 yuan (2万元) · per person · one-time · paid to the pre-introducing employer (预引进单位)');
    expect(out).toContain('Ask next: Have you signed a pre-introduction agreement');
    expect(out).not.toMatch(CODES);
  });
});
