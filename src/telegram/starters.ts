// Telegram's /start: one button per kind of user (the callback id is short: grad, firm, staff), whose starter
// questions are the shared ones of contract/starters.ts.
import type { Lang } from '../contract/answer';
import { STARTERS, type PersonaId } from '../contract/starters';

export interface Persona {
  id: string;
  label: Record<Lang, string>;
  questions: Record<Lang, string[]>;
}

const persona = (id: string, of: PersonaId, label: Record<Lang, string>): Persona => ({
  id,
  label,
  questions: { zh: STARTERS.zh[of], en: STARTERS.en[of] },
});

export const PERSONAS: Persona[] = [
  persona('grad', 'graduate', { zh: '🎓 学生 / 毕业生', en: '🎓 Student / graduate' }),
  persona('firm', 'enterprise', { zh: '🏭 企业 / 用人单位', en: '🏭 Enterprise / employer' }),
  persona('staff', 'staff', { zh: '🏛 人才工作人员', en: '🏛 Talent-office staff' }),
];

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((p) => p.id === id);
}
