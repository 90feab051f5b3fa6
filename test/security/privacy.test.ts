// Finding 11: phone numbers, 身份证 numbers, e-mail addresses and bank card numbers are masked before anything is
// stored (the question log, ratings) and so never reach /admin or its CSV export.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { maskPersonalData } from '../../src/store/pii';
import { memoryQuestionLog } from '../../src/store/question-log';
import { memoryFeedbackStore } from '../../src/store/feedback';
import { testDeps } from '../support/deps';

const TOKEN = 'admin-test-token-0123456789';
const PERSONAL = [
  '13912345678',
  '139 1234 5678',
  '11010119900307123X',
  'li.wei@example.com',
  '6222021234567890123',
  '6222 0212 3456 7890',
  '0952-2012345',
];
const QUESTION =
  '我手机13912345678（也可打139 1234 5678），身份证11010119900307123X，邮箱li.wei@example.com，工资卡6222021234567890123，另一张6222 0212 3456 7890，办公室0952-2012345，博士后工作站建站能补多少？';

describe('personal data', () => {
  it('is masked in the question log and the CSV export, leaving the question readable', async () => {
    const questions = memoryQuestionLog();
    const app = createApp({ ...testDeps(), questions, admin: { token: TOKEN, retentionDays: 30 } });
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: QUESTION }),
    });
    expect(res.status).toBe(200);
    const stored = JSON.stringify(questions.entries);
    for (const p of PERSONAL) expect(stored).not.toContain(p);
    expect(questions.entries[0]?.question).toContain('[手机号]');
    expect(questions.entries[0]?.question).toContain('[身份证号]');
    expect(questions.entries[0]?.question).toContain('[邮箱]');
    expect(questions.entries[0]?.question).toContain('[卡号]');
    expect(questions.entries[0]?.question).toContain('博士后工作站建站能补多少？');
    const csv = await (await app.request('/admin/export.csv', { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    for (const p of PERSONAL) expect(csv).not.toContain(p);
  });

  it('is masked in ratings and their comments', async () => {
    const feedback = memoryFeedbackStore();
    const app = createApp({ ...testDeps(), feedback });
    const res = await app.request('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: QUESTION, answer: '30万元【第11条】', rating: 'down', comment: '请打我电话13912345678' }),
    });
    expect(res.status).toBe(201);
    const stored = JSON.stringify(feedback.entries);
    for (const p of PERSONAL) expect(stored).not.toContain(p);
    expect(feedback.entries[0]?.comment).toBe('请打我电话[手机号]');
  });

  it('leaves amounts, dates and clause numbers alone', () => {
    const text = '每人20000元，30万元，2020年9月15日，第12条，服务期不少于5年，石党办发〔2020〕32号';
    expect(maskPersonalData(text)).toBe(text);
  });
});
