import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FileDownloads } from '../accounts/file-downloads.service.js';
import { ReportsService } from './reports.service.js';

/** Downloads a finished report. */
@Controller('api/reports')
export class ReportsController {
  constructor(
    private readonly downloads: FileDownloads,
    private readonly reports: ReportsService,
  ) {}

  @Get(':id/download')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const policy = await this.downloads.policyOf(req, 'Sign in to download this report.');
    const file = await this.reports.file(id, policy);
    if (!file) throw new NotFoundException('There is no finished report with this id for you.');
    this.downloads.send(res, file);
  }
}
