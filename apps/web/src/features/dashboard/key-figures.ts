import { sumDecimals } from '@ta/domain';

export interface KeyFigures {
  openRequests: number;
  /** Null for donors, who are not told requests by State. */
  statesWithOpenRequests: number | null;
  activities: number;
  /** Decimal strings, summed as integer cents. */
  programmeCost: string;
  fundingGap: string;
}

interface Source {
  openTotal: ReadonlyArray<{ count: number }>;
  openStates?: ReadonlyArray<{ count: number; state: { iso3: string } | null }> | null;
  activities: { totalCount: number };
  programmeTotals: ReadonlyArray<{ amount: string }>;
  gapsByYear: ReadonlyArray<{ gap: string }>;
}

/**
 * The dashboard's figures from its query: counts as the API gives them, money added exactly (the programme's
 * years' costs into the total cost, the years' gaps into the total gap: gap = cost − committed − paid adds up).
 */
export function keyFigures(source: Source): KeyFigures {
  return {
    openRequests: source.openTotal.reduce((sum, row) => sum + row.count, 0),
    statesWithOpenRequests: source.openStates
      ? new Set(source.openStates.filter((row) => row.count > 0 && row.state).map((row) => row.state!.iso3)).size
      : null,
    activities: source.activities.totalCount,
    programmeCost: sumDecimals(source.programmeTotals.map((row) => row.amount)),
    fundingGap: sumDecimals(source.gapsByYear.map((row) => row.gap)),
  };
}
