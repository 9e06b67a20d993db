import { Injectable } from '@nestjs/common';
import { cooperationMatchKey, cooperationProblems } from '@ta/domain';
import { DataSource } from 'typeorm';
import { CooperationRepository } from '../cooperation/cooperation.repository.js';
import { DEMO_COOPERATION_CASES } from './cooperation-demo.data.js';

/** The illustrative cooperation cases, each keyed by its match key: loading again changes nothing. */
@Injectable()
export class CooperationDemoLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cooperation: CooperationRepository,
  ) {}

  async load(): Promise<number> {
    let created = 0;
    await this.dataSource.transaction(async (tx) => {
      for (const c of DEMO_COOPERATION_CASES) {
        const problem = cooperationProblems(c)[0];
        if (problem) throw new Error(`Demo cooperation case ${c.caseRef}: ${problem.message}`);
        const { reportedByBoth, ...values } = c;
        const row = await this.cooperation.insertIfNew(
          { ...values, matchKey: cooperationMatchKey(c), illustrative: true },
          tx,
        );
        if (!row) continue;
        created += 1;
        if (reportedByBoth) await this.cooperation.update(row.id, row.version, { reportedByBoth: true }, tx);
      }
    });
    return created;
  }
}
