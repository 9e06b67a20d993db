import { Controller, Get, NotFoundException, Param, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorFor } from '../../infra/auth/actor.js';
import { AuthService } from '../accounts/auth.service.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ReportsService } from './reports.service.js';

/** Downloads a finished report. Outside GraphQL, so it checks the session itself. */
@Controller('api/reports')
export class ReportsController {
  constructor(
    private readonly auth: AuthService,
    private readonly reports: ReportsService,
    private readonly policies: AccessPolicies,
  ) {}

  @Get(':id/download')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { user } = await this.auth.authenticate(req);
    if (!user) throw new UnauthorizedException('Sign in to download this report.');
    const file = await this.reports.file(id, this.policies.forActor(actorFor(user, null)));
    if (!file) throw new NotFoundException('There is no finished report with this id for you.');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.content);
  }
}
