import type { TemplateStyle } from './RosterGrid.tsx';

/** A roster cell's background: the template's colour, striped for part-time templates; grey for an unknown template. */
export const cellBackground = (style: TemplateStyle | undefined) =>
  !style ? '#e5e7eb' : style.striped ? `repeating-linear-gradient(135deg, ${style.colour} 0 5px, color-mix(in srgb, ${style.colour} 55%, white) 5px 8px)` : style.colour;
