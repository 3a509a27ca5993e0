// A page on another origin (another port) that frames the embeds, as a newspaper's article would:
//   http://127.0.0.1:<port>/?site=<the timeline's origin>&frame=<path>&frame=<path>…
// It includes the site's sizing script and keeps every message it receives in `window.__messages`.
import http from 'node:http';

const port = Number(process.argv[2] ?? 3219);

const escape = (value) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const site = url.searchParams.get('site') ?? '';
    const frames = url.searchParams
      .getAll('frame')
      .map((path, at) => `<iframe id="frame-${at}" src="${escape(site + path)}" width="800" height="150" title="Embed ${at}" style="border:0"></iframe>`)
      .join('\n');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>An article that embeds the timeline</title></head>
<body>
<h1>An article that embeds the timeline</h1>
<script>
  window.__messages = [];
  window.addEventListener('message', (event) => window.__messages.push({ origin: event.origin, data: event.data }));
</script>
${frames}
<script src="${escape(site)}/embed-resize.js" async></script>
</body>
</html>`);
  })
  .listen(port, '127.0.0.1');
