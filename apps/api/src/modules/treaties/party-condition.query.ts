/**
 * Owned by the treaties module: whether a State is bound by an instrument is treaty data. Other modules' lists join
 * this expression to filter by it (the requests list's `partyTo` / `notPartyTo`), so the rule "a party is a State
 * whose status under the instrument is PARTY" is spelt once. Reads `state_party` by its primary key.
 *
 * `stateExpr` is the SQL of the State's ISO code in the caller's query (e.g. `r.state_iso3`); `placeholder` the
 * caller's placeholder for the instrument's code (`:partyTo` in a query builder, `$3` in plain SQL).
 */
export function partyCondition(stateExpr: string, placeholder: string, party: boolean): string {
  const exists = `EXISTS (SELECT 1 FROM state_party sp WHERE sp.state_iso3 = ${stateExpr} AND sp.instrument_code = ${placeholder} AND sp.status = 'PARTY')`;
  return party ? exists : `NOT ${exists}`;
}
