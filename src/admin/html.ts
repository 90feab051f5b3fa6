// The pieces every staff page is built from: the document shell (no script, styles from /assets/app.css) and the one
// table shape (a table on a laptop; on a phone, log tables become one card per row labelled by their headers).
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A whole staff page: Chinese first, never indexed, the site's stylesheet. */
export function adminShell(title: string, body: Html): Html {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body class="admin">
        <main id="main">${body}</main>
      </body>
    </html>`;
}

export interface Column {
  head: string;
  /** A class for the column's cells (q: the question, set in a wider column). */
  cls?: string;
}

/**
 * A table of rows, one cell per column. A log table (`log: true`) labels each cell with its header (data-label), so
 * the stylesheet can show each row as a card on a phone.
 * @example dataTable([{ head: '条款' }, { head: '次数' }], rows.map((r) => [r.label, String(r.count)]))
 */
export function dataTable(columns: Column[], rows: (Html | string)[][], { log = false } = {}): Html {
  const cell = (value: Html | string, i: number) => {
    const col = columns[i];
    if (!log || !col) return html`<td>${value}</td>`;
    return col.cls ? html`<td data-label="${col.head}" class="${col.cls}">${value}</td>` : html`<td data-label="${col.head}">${value}</td>`;
  };
  const head = columns.map((c) => html`<th scope="col">${c.head}</th>`);
  const body = rows.map(
    (row) =>
      html`<tr>
        ${row.map(cell)}
      </tr>`,
  );
  // Prettier formats the template, so the one difference (the log-table class) is chosen outside it.
  const table = log ? html`<table class="log-table"></table>` : html`<table></table>`;
  return html`<div class="table-wrap">
    ${table}
    <thead>
      <tr>
        ${head}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
    </table>
  </div>`;
}

/** A long answer folded to its first 60 characters. */
export function folded(text: string): Html {
  return html`<details>
    <summary>${text.slice(0, 60)}${text.length > 60 ? '…' : ''}</summary>
    ${text}
  </details>`;
}
