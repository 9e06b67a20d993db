import { Injectable } from '@nestjs/common';
import { AuthoritiesRepository } from '../authorities/authorities.repository.js';
import { DEMO_AUTHORITIES, DEMO_AUTHORITY_REQUIREMENTS } from './authorities-demo.data.js';

/** The demo's directory entries, each with a stable key: loading again changes nothing. */
@Injectable()
export class AuthoritiesDemoLoader {
  constructor(private readonly authorities: AuthoritiesRepository) {}

  load(): Promise<number> {
    return this.authorities.insertMissing(
      DEMO_AUTHORITIES.map((a) => ({
        stateIso3: a.stateIso3,
        instrumentCode: 'UNTOC',
        kind: 'MUTUAL_LEGAL_ASSISTANCE',
        name: a.name,
        address: null,
        phone: null,
        email: `central.authority@justice.${a.stateIso3.toLowerCase()}.example`,
        languages: a.languages,
        channels: a.channels,
        legalRequirements: DEMO_AUTHORITY_REQUIREMENTS,
        timeLimits: null,
        lastConfirmedOn: '2008-06-12',
        illustrative: true,
        externalRef: `demo:authority:${a.stateIso3}:UNTOC:MLA`,
      })),
    );
  }
}
