// The page at / (a placeholder until the web chat lands): tells a visitor how to ask.
export function placeholderPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>石嘴山人才政策问答</title></head><body><h1>石嘴山人才政策问答</h1>
<p>POST /api/chat {"message": "博士后工作站有什么资助？"}</p></body></html>`;
}
