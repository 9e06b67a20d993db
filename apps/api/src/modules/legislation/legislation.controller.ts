import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FileDownloads } from '../accounts/file-downloads.service.js';
import { LegislationService } from './legislation.service.js';

/** Downloads a law's PDF from the legal library (a confidential one only for those who read its State's). */
@Controller('api/legislation')
export class LegislationController {
  constructor(
    private readonly downloads: FileDownloads,
    private readonly library: LegislationService,
  ) {}

  @Get(':id/file')
  async file(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const policy = await this.downloads.policyOf(req, 'Sign in to download this law.');
    const file = await this.library.file(id, policy);
    if (!file) throw new NotFoundException('There is no file of a law with this id for you.');
    this.downloads.send(res, file);
  }
}
