import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorFor } from '../../infra/auth/actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { DomainError } from '../../infra/errors/domain-error.js';
import { AuthService } from './auth.service.js';

/** A file a person downloads: a finished report, the rows an import refused. */
export interface DownloadFile {
  fileName: string;
  content: Buffer | string;
  contentType?: string;
}

/**
 * What every download outside GraphQL does the same way: it checks the session itself (no GraphQL guard runs
 * there), builds the reader's access policy, and sends the file as a private, uncached attachment.
 */
@Injectable()
export class FileDownloads {
  constructor(
    private readonly auth: AuthService,
    private readonly policies: AccessPolicies,
  ) {}

  /**
   * The signed-in reader's policy, or 401 with `signInMessage`; 403 when the policy refuses them any download (a
   * password an administrator chose, not yet changed).
   */
  async policyOf(req: Request, signInMessage: string): Promise<AccessPolicy> {
    const { user } = await this.auth.authenticate(req);
    if (!user) throw new UnauthorizedException(signInMessage);
    const policy = this.policies.forActor(actorFor(user, null));
    try {
      policy.assertMayCall('download');
    } catch (error) {
      if (error instanceof DomainError) throw new ForbiddenException(error.message);
      throw error;
    }
    return policy;
  }

  send(res: Response, file: DownloadFile): void {
    res.setHeader('Content-Type', file.contentType ?? 'text/csv; charset=utf-8');
    // The name as given (any script, RFC 6266's filename*), and an ASCII stand-in for clients without it: a header
    // may carry no character above U+00FF, so "l’entraide.pdf" written raw would fail the whole download.
    const ascii = file.fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.content);
  }
}
