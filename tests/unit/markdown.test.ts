import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../renderer/src/lib/markdown.ts';

describe('renderMarkdown', () => {
  it('escapes every HTML character before adding its own tags', () => {
    expect(renderMarkdown('<img src=x onerror=alert(1)> & "q"')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</p>');
    expect(renderMarkdown('`<b>`')).toBe('<p><code>&lt;b&gt;</code></p>');
  });
  it('renders paragraphs, lists, code blocks, bold and italics', () => {
    expect(renderMarkdown('**Bold** and *it*\n\n- one\n- two\n\n1. a\n2. b')).toBe(
      '<p><strong>Bold</strong> and <em>it</em></p><ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol>',
    );
    expect(renderMarkdown('```json\n{"a": 1}\n```')).toBe('<pre><code>{&quot;a&quot;: 1}</code></pre>');
    expect(renderMarkdown('snake_case_name stays')).toBe('<p>snake_case_name stays</p>');
  });

  it('renders pipe tables with escaped cells', () => {
    expect(renderMarkdown('| Need | Service |\n| --- | --- |\n| Replay | Kinesis <b>Data</b> Streams |\n| Delivery | `Firehose` |')).toBe(
      '<table class="md-table"><thead><tr><th scope="col">Need</th><th scope="col">Service</th></tr></thead><tbody><tr><td>Replay</td><td>Kinesis &lt;b&gt;Data&lt;/b&gt; Streams</td></tr><tr><td>Delivery</td><td><code>Firehose</code></td></tr></tbody></table>',
    );
    expect(renderMarkdown('a | b')).toBe('<p>a | b</p>');
  });
});
