/*
 * Colours and fills of the dashboard's charts. Each colour has at least 4.5:1 against white; beyond colour,
 * the second and later bar series carry a pattern (stripes, dots, hatching) and lines a dash, so that series
 * stay apart in grey print and for readers who do not tell the colours apart.
 */

export const chartColours = ["#1e40af", "#b45309", "#0f766e", "#7e22ce", "#be123c", "#334155"] as const;

const colourAt = (index: number) => chartColours[index % chartColours.length]!;

/** The stroke dash of the line of the series at `index` (first solid). */
export const lineDashes = [undefined, "8 4", "2 3", "10 4 2 4"] as const;
export const lineDash = (index: number) => lineDashes[index % lineDashes.length];

/** The fill of the bar series at `index`: a plain colour for the first, a pattern of `defsId` for the others. */
export function barFill(defsId: string, index: number): string {
  return index === 0 ? colourAt(0) : `url(#${defsId}-${index})`;
}

export const seriesColour = colourAt;

/** The patterns `barFill` refers to: the series' colour with white stripes, dots or hatching over it. */
export function BarPatterns({ defsId, count }: { defsId: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => index)
        .filter((index) => index > 0)
        .map((index) => {
          const colour = colourAt(index);
          const kind = (index - 1) % 3;
          return (
            <pattern
              key={index}
              id={`${defsId}-${index}`}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform={kind === 1 ? undefined : `rotate(${kind === 0 ? 45 : -45})`}
            >
              <rect width="8" height="8" fill={colour} />
              {kind === 1 ? (
                <circle cx="4" cy="4" r="1.6" fill="white" />
              ) : (
                <line x1="0" y1="0" x2="0" y2="8" stroke="white" strokeWidth={kind === 0 ? 2.5 : 1.5} />
              )}
            </pattern>
          );
        })}
    </defs>
  );
}
