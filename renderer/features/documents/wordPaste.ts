/**
 * Word puts lists on the clipboard as paragraphs (`class="MsoListParagraph"`, `mso-list:` styles)
 * with the bullet or number as text in a span Word marks `mso-list:Ignore`. This turns runs of
 * such paragraphs into real <ul>/<ol> lists and drops every style, class and font, so the
 * editor keeps lists and tables and nothing of Word's formatting.
 */
export function cleanPastedHtml(html: string): string {
  if (!/mso-|MsoList|urn:schemas-microsoft-com/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const isListPara = (el: Element) =>
    el.tagName === 'P' &&
    (/MsoListParagraph/i.test(el.className) || /mso-list:\s*l\d/i.test(el.getAttribute('style') ?? ''));
  for (const marker of Array.from(
    doc.querySelectorAll('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]'),
  )) {
    const text = marker.textContent?.trim() ?? '';
    marker.closest('p')?.setAttribute('data-ordered', /^\(?[0-9a-zA-Z]{1,3}[.)]/.test(text) ? '1' : '0');
    marker.remove();
  }
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    if (!isListPara(p) || !p.isConnected) continue;
    // One list per Word list (mso-list:l0, l1 …) and kind; a bullet list followed by a numbered one stays two lists.
    const listOf = (el: Element) =>
      `${/mso-list:\s*(l\d+)/i.exec(el.getAttribute('style') ?? '')?.[1] ?? ''}/${el.getAttribute('data-ordered')}`;
    const run: Element[] = [p];
    let next = p.nextElementSibling;
    while (next && isListPara(next) && listOf(next) === listOf(p)) {
      run.push(next);
      next = next.nextElementSibling;
    }
    const list = doc.createElement(p.getAttribute('data-ordered') === '1' ? 'ol' : 'ul');
    p.before(list);
    for (const para of run) {
      const li = doc.createElement('li');
      li.innerHTML = para.innerHTML;
      list.append(li);
      para.remove();
    }
  }
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of ['style', 'class', 'lang', 'align', 'width', 'valign', 'data-ordered']) el.removeAttribute(attr);
  }
  // Word's conditional comments and <o:p> placeholders.
  for (const el of Array.from(doc.body.querySelectorAll('o\\:p'))) el.remove();
  return doc.body.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
}
