import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { TreatyStatusValues } from '../treaties/treaties.repository.js';
import { TreatiesRepository } from '../treaties/treaties.repository.js';
import {
  FOOTNOTE_10_PARTIES,
  NOT_PARTIES_TO_UNTOC_IN_2008,
  SIGNATORIES_OF_UNTOC_IN_2008,
  stableRank,
  TREATY_DEMO_SOURCE,
} from './treaties-demo.data.js';

type Row = TreatyStatusValues & { stateIso3: string; instrumentCode: string };

/**
 * Parties and signatories reproducing footnote 10's counts exactly: the Convention's parties are every State but
 * the listed ones; each Protocol's are the first of them in a stable pseudo-random order. Loaded where a State has
 * no status yet, so a status the secretariat recorded is never overwritten, and never where the secretariat cleared
 * one (its audit says so), so a status removed as recorded in error stays removed.
 */
@Injectable()
export class TreatiesDemoLoader {
  constructor(
    private readonly reference: ReferenceService,
    private readonly treaties: TreatiesRepository,
    private readonly audit: AuditService,
  ) {}

  async load(): Promise<number> {
    const states = (await this.reference.states({})).map((s) => s.iso3);
    const known = new Set(states);
    const strangers = [...NOT_PARTIES_TO_UNTOC_IN_2008, ...SIGNATORIES_OF_UNTOC_IN_2008].filter((c) => !known.has(c));
    if (strangers.length) throw new Error(`The treaty demo data names unknown States: ${strangers.join(', ')}`);
    const outside = new Set(NOT_PARTIES_TO_UNTOC_IN_2008);
    const parties = states.filter((s) => !outside.has(s));
    if (parties.length !== FOOTNOTE_10_PARTIES.UNTOC) {
      throw new Error(`The treaty demo data makes ${parties.length} parties to the Convention, not 146 (footnote 10).`);
    }
    const row = (stateIso3: string, instrumentCode: string, status: 'PARTY' | 'SIGNATORY'): Row => ({
      stateIso3,
      instrumentCode,
      status,
      signedOn: null,
      consentOn: null,
      consentKind: null,
      reservations: null,
      source: TREATY_DEMO_SOURCE,
      illustrative: true,
    });
    const rows: Row[] = [
      ...parties.map((s) => row(s, 'UNTOC', 'PARTY')),
      ...SIGNATORIES_OF_UNTOC_IN_2008.map((s) => row(s, 'UNTOC', 'SIGNATORY')),
    ];
    for (const code of ['TIP', 'SOM', 'FIREARMS'] as const) {
      const chosen = [...parties]
        .sort((a, b) => stableRank(`${a}:${code}`) - stableRank(`${b}:${code}`))
        .slice(0, FOOTNOTE_10_PARTIES[code]);
      rows.push(...chosen.map((s) => row(s, code, 'PARTY')));
    }
    const cleared = new Set(await this.audit.deletedIds('treaty_status'));
    return this.treaties.insertMissing(rows.filter((r) => !cleared.has(`${r.stateIso3}:${r.instrumentCode}`)));
  }
}
