// Turns the plain-text policy (as published, with page breaks and wrapped lines) into a validated PolicyDocument.
import { PolicyDocument, type Clause } from './schema';

const PAGE_MARKER = /^-\s*\d+\s*-$/;
const SECTION = /^([一二三四五六七八九十]+)、(.+)$/;
const SUBSECTION = /^[（(]([一二三四五六七八九十]+)[）)]\s*(.*)$/;
const NUMBERED = /^(\d+)\.\s*(.*)$/;
const FINAL = /^本意见/;
// The last parenthesis of a clause names who leads and who cooperates: （市人社局牵头负责，…配合）
const DEPARTMENTS = /[（(]([^（()）]*?)牵头负责[，,]?([^（()）]*?)(?:配合)?[)）]$/;
const CHINESE_NUMERALS = '一二三四五六七八九十';

export interface DocumentMeta {
  id: string;
  /** The line that starts the body (the 实施意见's own title). */
  bodyTitle: string;
  /** Lines of the printed letterhead that are layout, not text (the 办公室 footer). */
  footerLines: string[];
}

/** Splits 市人社局、市财政局 into names; 三县区党委政府 stays one name. */
function splitDepartments(list: string): string[] {
  return list
    .split(/[、，,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function departments(text: string): { lead: string[]; cooperate: string[] } {
  const m = DEPARTMENTS.exec(text);
  if (!m) return { lead: [], cooperate: [] };
  return { lead: splitDepartments(m[1] ?? ''), cooperate: splitDepartments(m[2] ?? '') };
}

function cleanLines(source: string, meta: DocumentMeta): string[] {
  return source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !PAGE_MARKER.test(l) && !meta.footerLines.includes(l));
}

/** Joins wrapped lines: a line that does not open a new part continues the previous paragraph. */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const opens = SECTION.test(line) || SUBSECTION.test(line) || NUMBERED.test(line) || FINAL.test(line);
    if (opens || out.length === 0) out.push(line);
    else out[out.length - 1] += line;
  }
  return out;
}

/**
 * Parses the published text.
 * @example parsePolicy(readFileSync('source.txt', 'utf8'), { id: 'shizuishan-talent-2020', bodyTitle: '石嘴山市…实施意见', footerLines: ['办公室'] })
 */
export function parsePolicy(source: string, meta: DocumentMeta): PolicyDocument {
  const lines = cleanLines(source, meta);
  const bodyStart = lines.indexOf(meta.bodyTitle);
  if (bodyStart < 0) throw new Error(`parsePolicy: body title not found: ${meta.bodyTitle}`);
  const noticeLines = lines.slice(0, bodyStart);
  const body = paragraphs(lines.slice(bodyStart + 1));

  const docNumber = noticeLines.find((l) => /〔\d{4}〕\d+号/.test(l)) ?? '';
  const dateLine = noticeLines.find((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l)) ?? '';
  const [y, mo, d] = (dateLine.match(/\d+/g) ?? []).map((n) => n.padStart(2, '0'));
  const noticeTitle = noticeLines.find((l) => l.endsWith('的通知')) ?? meta.bodyTitle;
  const issuers = noticeLines.filter((l) => /办公室$/.test(l) && !l.includes(' '));

  const clauses: Clause[] = [
    {
      id: 'notice',
      documentId: meta.id,
      label: '印发通知',
      section: '通知',
      title: noticeTitle,
      text: noticeLines.join('\n'),
      lead: [],
      cooperate: [],
    },
  ];

  let preamble = '';
  let section = '';
  let subsection = '';
  for (const para of body) {
    const sec = SECTION.exec(para);
    const sub = SUBSECTION.exec(para);
    const num = NUMBERED.exec(para);
    if (sec) {
      section = para;
      subsection = '';
    } else if (sub && section.startsWith('一、')) {
      // In 一、 the (一)(二) paragraphs are parts of their own: g1, g2.
      const n = CHINESE_NUMERALS.indexOf(sub[1] ?? '') + 1;
      const text = sub[2] ?? '';
      const title = text.split('。')[0] ?? text;
      clauses.push({ id: `g${n}`, documentId: meta.id, label: `一（${sub[1]}）${title}`, section, title, text, lead: [], cooperate: [] });
    } else if (sub) {
      subsection = para;
    } else if (num) {
      const text = num[2] ?? '';
      const title = text.split('。')[0] ?? text;
      clauses.push({
        id: num[1] ?? '',
        documentId: meta.id,
        label: `第${num[1]}条 ${title}`,
        section: subsection ? `${section} › ${subsection}` : section,
        title,
        text,
        ...departments(text),
      });
    } else if (FINAL.test(para)) {
      clauses.push({
        id: 'final',
        documentId: meta.id,
        label: '结尾 交叉重复政策的执行原则',
        section: '结尾',
        title: '交叉重复政策的执行原则',
        text: para,
        lead: [],
        cooperate: [],
      });
    } else if (!section) {
      preamble += para;
    } else {
      throw new Error(`parsePolicy: paragraph outside any part: ${para.slice(0, 40)}`);
    }
  }

  return PolicyDocument.parse({
    id: meta.id,
    title: meta.bodyTitle,
    docNumber,
    issuers,
    date: `${y}-${mo}-${d}`,
    preamble,
    clauses,
  });
}
