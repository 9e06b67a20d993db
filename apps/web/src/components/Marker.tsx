import { useId, type ReactNode } from 'react';

interface MarkerProps {
  label: ReactNode;
  /** Shown on hover and on keyboard focus, and read out as the marker's description. */
  tooltip: string;
  variant: 'illustrative' | 'duplicate';
  testId?: string;
}

/** A small inline flag with a tooltip (e.g. "illustrative" data, a possible duplicate). */
export function Marker({ label, tooltip, variant, testId }: MarkerProps) {
  const id = useId();
  return (
    <span className={`marker marker--${variant}`} tabIndex={0} aria-describedby={id} data-testid={testId}>
      {label}
      <span role="tooltip" id={id} className="marker__tooltip">
        {tooltip}
      </span>
    </span>
  );
}
