import { useLayoutEffect, useRef, type ComponentProps } from 'react';

/**
 * A table that becomes a list of cards on a narrow screen (styles.css, `.card-table` under 600 px): each cell
 * carries its column's heading in `data-label`, shown beside the value when the heading row is hidden. The
 * labels are read from the table's own headings, so a page writes an ordinary table and gets the cards.
 */
export function CardTable({ className, children, ...rest }: ComponentProps<'table'>) {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    const label = (): void => {
      const headings = [...table.querySelectorAll<HTMLTableCellElement>(':scope > thead > tr:last-child > th')];
      const labels: string[] = [];
      for (const th of headings) for (let i = 0; i < (th.colSpan || 1); i++) labels.push(headingText(th));
      for (const row of table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr, :scope > tfoot > tr')) {
        let column = 0;
        for (const cell of row.cells) {
          const text = labels[column] ?? '';
          if (cell.getAttribute('data-label') !== text) cell.setAttribute('data-label', text);
          column += cell.colSpan || 1;
        }
      }
    };
    label();
    // Rows come and go with the data (and headings with the language): label them again. Attribute changes
    // are not observed, so labelling does not wake the observer.
    const observer = new MutationObserver(label);
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <table ref={ref} className={className ? `card-table ${className}` : 'card-table'} {...rest}>
      {children}
    </table>
  );
}

/** A heading's visible words: not its decorations (a sort arrow) nor text only screen readers get. */
function headingText(th: HTMLElement): string {
  let text = '';
  const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[aria-hidden="true"], .visually-hidden')) continue;
    text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}
