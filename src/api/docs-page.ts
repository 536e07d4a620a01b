/**
 * A self-contained API docs page: it fetches the OpenAPI document and lists every operation with
 * its parameters and responses. No CDN: the server may have no internet, so no Swagger UI bundle.
 */
export function docsPage(specUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>API docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
code{background:#f3f3f3;padding:0 .3em}.op{border-top:1px solid #ddd;padding:.6rem 0}
.m{display:inline-block;min-width:4.5em;font-weight:600}</style></head>
<body><h1>Development programs API</h1><p>OpenAPI 3.1 document: <a href="${specUrl}">${specUrl}</a></p>
<div id="ops">Loading…</div>
<script>
fetch(${JSON.stringify(specUrl)}).then(r => r.json()).then(spec => {
  const root = document.getElementById("ops");
  root.textContent = "";
  for (const [path, ops] of Object.entries(spec.paths || {})) {
    for (const [method, op] of Object.entries(ops)) {
      const div = document.createElement("div");
      div.className = "op";
      const head = document.createElement("div");
      const m = document.createElement("span"); m.className = "m"; m.textContent = method.toUpperCase();
      const p = document.createElement("code"); p.textContent = path;
      head.append(m, p, document.createTextNode(" " + (op.summary || "")));
      const codes = document.createElement("div");
      codes.textContent = "responses: " + Object.keys(op.responses || {}).join(", ");
      div.append(head, codes);
      root.append(div);
    }
  }
});
</script></body></html>`;
}
