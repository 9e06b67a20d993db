import { Injectable } from '@nestjs/common';
import { LEGISLATION_FILE_LIMITS, startsLikePdf } from '@ta/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../infra/errors/common-errors.js';
import { base64Bytes } from '../../infra/graphql/base64.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { RequestsService } from '../requests/requests.service.js';
import type { LegislationFilter } from './dto/legislation.filter.js';
import type { LegislationEntity } from './entities/legislation.entity.js';
import type { DownloadFile } from '../accounts/file-downloads.service.js';
import { LegislationRepository, type LegislationFileFacts } from './legislation.repository.js';

/** A law's PDF as the upload sends it: its name, its bytes in base64, and whether it is confidential. */
export interface LegislationUpload {
  fileName: string;
  content: string;
  confidential?: boolean | null;
}

/** The legal library (para. 10): laws by State, instrument, topic and language, searched in full text. */
@Injectable()
export class LegislationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LegislationRepository,
    private readonly requests: RequestsService,
    private readonly programme: ProgrammeRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Links a law to the request or the activity that concerns it (e.g. Bolivia's firearms law and its request for
   * legislative advice, para. 67): the programme's planners; linking again changes nothing. Audited.
   */
  link(
    legislationId: string,
    target: { requestId?: string | null; activityId?: string | null },
    policy: AccessPolicy,
  ): Promise<LegislationEntity> {
    policy.assert('programme.edit', 'legislationId');
    const actor = policy.actorOrFail;
    const requestId = target.requestId ?? null;
    const activityId = target.activityId ?? null;
    if ((requestId === null) === (activityId === null)) {
      throw badInput('Name either the request or the activity the law concerns.', 'requestId');
    }
    return this.dataSource.transaction(async (tx) => {
      const law = await this.repository.findById(legislationId, tx);
      if (!law) throw notFound('law', legislationId, 'legislationId');
      if (requestId && !(await this.requests.findById(policy, requestId))) {
        throw notFound('assistance request', requestId, 'requestId');
      }
      if (activityId && (await this.programme.byIds([activityId], tx)).length === 0) {
        throw notFound('activity', activityId, 'activityId');
      }
      if (await this.repository.insertLink(tx, law.id, { requestId, activityId })) {
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'legislation',
          entityId: law.id,
          after: { linkedRequestId: requestId, linkedActivityId: activityId },
        });
      }
      return law;
    });
  }

  /**
   * Stores a law's PDF (replacing the one before): refused when its bytes are not a PDF's (whatever its name) or
   * when it is past LEGISLATION_FILE_LIMITS, naming `content`. Audited with the file's name, size and digest.
   */
  async uploadFile(legislationId: string, upload: LegislationUpload, policy: AccessPolicy): Promise<LegislationEntity> {
    policy.assert('legislation.edit', 'legislationId');
    const actor = policy.actorOrFail;
    const fileName = upload.fileName.trim().replace(/[\\/"\r\n]/g, '_');
    if (!fileName) throw badInput('Name the file.', 'fileName');
    const bytes = base64Bytes(upload.content);
    if (bytes.length === 0) throw badInput('The file is empty.', 'content');
    const maxKb = LEGISLATION_FILE_LIMITS.pdfKb;
    if (bytes.length > maxKb * 1000) {
      throw badInput(
        `A law’s file can be at most ${maxKb} kB; link a larger one instead.`,
        'content',
        'FILE_TOO_LARGE',
        {
          maxKb,
        },
      );
    }
    if (!startsLikePdf(bytes)) throw badInput('This file is not a PDF.', 'content', 'NOT_A_PDF');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const confidential = upload.confidential ?? false;
    return this.dataSource.transaction(async (tx) => {
      const law = await this.repository.findById(legislationId, tx);
      if (!law) throw notFound('law', legislationId, 'legislationId');
      const before = await this.repository.saveFile(tx, law.id, {
        fileName,
        content: bytes,
        sha256,
        confidential,
        uploadedBy: actor.userId,
      });
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'legislation',
        entityId: law.id,
        before: before ? { file: before.fileName, fileSha256: before.sha256 } : { file: null },
        after: { file: fileName, fileSha256: sha256, fileBytes: bytes.length, fileConfidential: confidential },
      });
      return law;
    });
  }

  /** A law's file to download, or null when there is none or the reader may not have it (the same answer). */
  async file(legislationId: string, policy: AccessPolicy): Promise<DownloadFile | null> {
    const file = await this.repository.fileContent(legislationId);
    if (!file || !(await policy.mayDownloadLegislationFile(file))) return null;
    return { fileName: file.fileName, content: file.content, contentType: 'application/pdf' };
  }

  filesOf(ids: readonly string[]): Promise<LegislationFileFacts[]> {
    return this.repository.filesOf(ids);
  }

  ofActivities(ids: readonly string[]) {
    return this.repository.ofActivities(ids);
  }

  list(
    filter: LegislationFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<LegislationEntity>> {
    return this.repository.list(filter, first, after);
  }

  ofStates(iso3s: readonly string[]): Promise<LegislationEntity[]> {
    return this.repository.ofStates(iso3s);
  }

  ofRequests(ids: readonly string[]) {
    return this.repository.ofRequests(ids);
  }
}
