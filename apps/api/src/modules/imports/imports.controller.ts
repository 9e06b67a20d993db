import { Controller, Get, NotFoundException, Param, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorFor } from '../../infra/auth/actor.js';
import { AuthService } from '../accounts/auth.service.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ImportsService } from './imports.service.js';

/** Downloads the rows an import refused. Outside GraphQL, so it checks the session itself. */
@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: ImportsService,
    private readonly policies: AccessPolicies,
  ) {}

  @Get(':id/refused-rows')
  async refusedRows(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { user } = await this.auth.authenticate(req);
    if (!user) throw new UnauthorizedException('Sign in to download the refused rows.');
    const policy = this.policies.forActor(actorFor(user, null));
    if (!policy.can('requests.import')) throw new NotFoundException('There is no import with this id for you.');
    const file = await this.imports.refusedRows(id, policy);
    if (!file) throw new NotFoundException('There is no import with refused rows with this id for you.');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.content);
  }
}
