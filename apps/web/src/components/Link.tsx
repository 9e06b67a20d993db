import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../app/router';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  testId?: string;
}

/** An ordinary link (open in a new tab works) that, clicked plainly, changes page without reloading. */
export function Link({ to, testId, onClick, children, ...rest }: LinkProps) {
  const click = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={click} data-testid={testId} {...rest}>
      {children}
    </a>
  );
}
