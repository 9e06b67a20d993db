import {
  ACTIVITY_SUGGESTION_WEIGHTS as A,
  activitySuggestionReasons,
  activitySuggestionScore,
  EXPERT_SUGGESTION_WEIGHTS as E,
  expertSuggestionReasons,
  expertSuggestionScore,
  proportionalPoints,
  suggestionReasonText,
  type ActivityMatchFacts,
} from './suggestions.js';

const nothing: ActivityMatchFacts = {
  areaCode: null,
  fitsKind: null,
  topicsMatched: 0,
  topicsTotal: 0,
  instrumentsMatched: 0,
  instrumentsTotal: 0,
  stateBeneficiary: null,
  regionBeneficiary: null,
  open: false,
  openYears: null,
  fundingGap: null,
};

describe('the suggestion rule', () => {
  it('scores out of 100: a perfect activity or expert scores 100', () => {
    expect(A.area + A.kind + A.topics + A.instruments + A.state + A.open + A.fundingGap).toBe(100);
    expect(A.region).toBeLessThan(A.state);
    expect(E.topics + E.languages + E.legalSystem + E.region + E.free).toBe(100);
    expect(
      activitySuggestionScore({
        areaCode: 'B',
        fitsKind: 'WORKSHOP',
        topicsMatched: 4,
        topicsTotal: 4,
        instrumentsMatched: 1,
        instrumentsTotal: 1,
        stateBeneficiary: 'Benin',
        stateIso3: 'BEN',
        regionBeneficiary: 'Africa',
        open: true,
        openYears: '2009–2011',
        fundingGap: '1.00',
      }),
    ).toBe(100);
    expect(activitySuggestionScore(nothing)).toBe(0);
  });

  it('counts topics in proportion, rounded half up to a whole point, and nothing without topics', () => {
    expect(proportionalPoints(15, 1, 2)).toBe(8);
    expect(proportionalPoints(35, 3, 4)).toBe(26);
    expect(proportionalPoints(35, 0, 0)).toBe(0);
  });

  it('says why in English, the region only when the State is not named', () => {
    const reasons = activitySuggestionReasons({
      ...nothing,
      areaCode: 'B',
      topicsMatched: 3,
      topicsTotal: 4,
      regionBeneficiary: 'Western Africa',
      open: true,
      openYears: '2010–2011',
      fundingGap: '1234567.50',
    });
    expect(reasons.map(suggestionReasonText)).toEqual([
      'same priority area (B)',
      'Western Africa is among its beneficiaries',
      'matches 3 of 4 topics',
      'still open (2010–2011)',
      'USD 1,234,567.50 still to fund',
    ]);
    const expert = {
      topicsMatched: 3,
      topicsTotal: 4,
      language: 'fr',
      legalSystem: 'CIVIL_LAW',
      underRepresentedRegion: 'Africa',
      free: 'FREE_ON_DATES' as const,
    };
    expect(expertSuggestionReasons(expert).map(suggestionReasonText).join('; ')).toBe(
      'matches 3 of 4 topics; speaks French; same legal system (civil law); free on the dates; Africa under-represented',
    );
    expect(expertSuggestionScore(expert)).toBe(26 + E.languages + E.legalSystem + E.region + E.free);
  });
});
