// A small, safe Markdown renderer for stems and explanations: everything is escaped first, then a
// few constructs are recognised (paragraphs, lists, code, bold, italics). No raw HTML passes through.

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function inline(s: string): string {
  return escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|\W)_([^_\s][^_]*)_(?=\W|$)/g, '$1<em>$2</em>');
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

/** A pipe table: a header row, a separator row of dashes, then body rows. */
function table(lines: string[]): string | undefined {
  if (lines.length < 2 || !lines.every((l) => /^\s*\|.*\|\s*$/.test(l)) || !/^[\s|:-]+$/.test(lines[1]!)) return undefined;
  const head = cells(lines[0]!)
    .map((c) => `<th scope="col">${inline(c)}</th>`)
    .join('');
  const body = lines
    .slice(2)
    .map(
      (l) =>
        `<tr>${cells(l)
          .map((c) => `<td>${inline(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="md-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Renders Markdown to HTML that is safe to insert. */
export function renderMarkdown(source: string): string {
  const out: string[] = [];
  const blocks = source
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n{2,}/);
  for (const block of blocks) {
    if (block.startsWith('```')) {
      out.push(`<pre><code>${escape(block.replace(/^```\w*\n?/, '').replace(/\n?```$/, ''))}</code></pre>`);
      continue;
    }
    const lines = block.split('\n');
    const asTable = table(lines);
    if (asTable) {
      out.push(asTable);
      continue;
    }
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      out.push(`<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`);
    } else if (lines.every((l) => /^\s*\d+\.\s+/.test(l))) {
      out.push(`<ol>${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+\.\s+/, ''))}</li>`).join('')}</ol>`);
    } else {
      out.push(`<p>${lines.map(inline).join('<br>')}</p>`);
    }
  }
  return out.join('');
}
