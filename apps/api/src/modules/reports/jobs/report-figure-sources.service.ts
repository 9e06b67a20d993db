import { Injectable } from '@nestjs/common';
import type { AccessPolicy } from '../../access/access.policy.js';
import { ChecklistsRepository } from '../../checklists/checklists.repository.js';
import { DonorsService } from '../../donors/donors.service.js';
import type { DonorEntity } from '../../donors/entities/donor.entity.js';
import { FundingGapRepository } from '../../funding/funding-gap.repository.js';
import { ProgrammeRepository } from '../../programme/programme.repository.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { ResultsRepository } from '../../results/results.repository.js';
import type { ReportOptions } from '../dto/report-options.input.js';
import { nameBook, type NameBook } from '../exports/export.types.js';
import { ReportFiguresBuilder } from '../exports/report-figures.builder.js';
import type { ReportFigures } from '../exports/report-figures.types.js';
import { ReportsRepository, type ReportJobRow } from '../reports.repository.js';

/** What every report reads to name things: the names in the report's language, and the donor it is for. */
@Injectable()
export class ReportSubjects {
  constructor(
    private readonly reference: ReferenceService,
    private readonly donors: DonorsService,
  ) {}

  /** The States' and priority areas' names in the report's language. */
  async names(options: ReportOptions): Promise<NameBook> {
    return nameBook(await this.reference.states(), await this.reference.priorityAreas(), options.language);
  }

  /** The donor the report is for, if it names one (and it exists). */
  async donor(options: ReportOptions): Promise<DonorEntity | null> {
    const [donor] = options.donorId ? await this.donors.findByIds([options.donorId]) : [];
    return donor ?? null;
  }
}

/**
 * What the XLSX and PDF reports' sections read (ReportFiguresBuilder's sources): the funding gap, the
 * programme, results and checklists, in one snapshot of the reports repository.
 */
@Injectable()
export class ReportFigureSources {
  constructor(
    private readonly store: ReportsRepository,
    private readonly subjects: ReportSubjects,
    private readonly gapRows: FundingGapRepository,
    private readonly programmeRows: ProgrammeRepository,
    private readonly resultRows: ResultsRepository,
    private readonly checklistRows: ChecklistsRepository,
  ) {}

  /** The report's figures as the user who asked for it could see them (progress 10 once its subject is known). */
  async read(
    row: ReportJobRow,
    policy: AccessPolicy,
    progress: (percent: number) => Promise<void>,
  ): Promise<ReportFigures> {
    const options = row.options ?? {};
    const names = await this.subjects.names(options);
    const donor = await this.subjects.donor(options);
    await progress(10);
    return new ReportFiguresBuilder(
      {
        reports: this.store,
        funding: this.gapRows,
        programme: this.programmeRows,
        results: this.resultRows,
        checklists: this.checklistRows,
      },
      policy,
      options,
      names,
    ).read(row.kind, {
      donor: donor ? { id: donor.id, name: donor.name } : null,
      state: options.stateIso3 ? { iso3: options.stateIso3 } : null,
    });
  }
}
