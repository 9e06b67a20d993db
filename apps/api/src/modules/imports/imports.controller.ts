import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FileDownloads } from '../accounts/file-downloads.service.js';
import { ImportsService } from './imports.service.js';

/** Downloads the rows an import refused. */
@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly downloads: FileDownloads,
    private readonly imports: ImportsService,
  ) {}

  @Get(':id/refused-rows')
  async refusedRows(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const policy = await this.downloads.policyOf(req, 'Sign in to download the refused rows.');
    if (!policy.can('requests.import')) throw new NotFoundException('There is no import with this id for you.');
    const file = await this.imports.refusedRows(id, policy);
    if (!file) throw new NotFoundException('There is no import with refused rows with this id for you.');
    this.downloads.send(res, file);
  }
}
