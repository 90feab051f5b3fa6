// Client chat transport (served as text): asks with "stream": true, reads SSE delta/answer events, or takes plain JSON.
export const streamJs = String.raw`
function deltaText(data) {
  try {
    var v = JSON.parse(data);
    if (typeof v === 'string') return v;
    if (v && typeof v.text === 'string') return v.text;
    if (v && typeof v.delta === 'string') return v.delta;
    return '';
  } catch (e) { return data; }
}

/* Resolves with the final, validated answer object; onDelta sees streamed text first when the server streams. */
async function askServer(payload, onDelta) {
  var res = await postJson('/api/chat', Object.assign({ stream: true }, payload), 'text/event-stream, application/json');
  var type = res.headers.get('content-type') || '';
  if (type.indexOf('text/event-stream') === -1 || !res.body) {
    try { return await res.json(); } catch (e) { throw new HttpProblem('server', res.status, ''); }
  }
  var reader = res.body.getReader(), dec = new TextDecoder(), buf = '', final = null, failed = null;
  function handle(block) {
    var ev = 'message', data = [];
    block.split(/\r?\n/).forEach(function (line) {
      if (line.indexOf('event:') === 0) ev = line.slice(6).trim();
      else if (line.indexOf('data:') === 0) data.push(line.slice(5).replace(/^ /, ''));
    });
    var d = data.join('\n');
    if (ev === 'delta') onDelta(deltaText(d));
    else if (ev === 'answer') { try { final = JSON.parse(d); } catch (e) { failed = e; } }
    else if (ev === 'error') failed = new HttpProblem('server', 500, deltaText(d));
  }
  try {
    for (;;) {
      var r = await reader.read();
      if (r.done) break;
      buf += dec.decode(r.value, { stream: true });
      var parts = buf.split(/\r?\n\r?\n/);
      buf = parts.pop();
      parts.forEach(handle);
    }
  } catch (e) { throw new HttpProblem('network', 0, ''); }
  if (buf.trim()) handle(buf);
  if (final) return final;
  throw failed instanceof HttpProblem ? failed : new HttpProblem('server', 500, '');
}
`;
