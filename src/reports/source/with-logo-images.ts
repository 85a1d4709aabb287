import { LogoFiles } from '../files/logo-store';
import { LOGO_OWNERS } from '../../reporting-framework/reporting-framework.events';
import { ReportSource } from './report-source';

/** The source with the images of its framework's logos that these files hold. */
export function withLogoImages(source: ReportSource, files: LogoFiles): ReportSource {
  const logos = source.framework?.logos;
  if (!logos) return source;
  const logoImages: NonNullable<ReportSource['logoImages']> = {};
  for (const whose of LOGO_OWNERS) {
    const logo = logos[whose];
    const bytes = logo ? files.get(logo.sha256) : null;
    if (logo && bytes) logoImages[whose] = { mediaType: logo.mediaType, base64: bytes.toString('base64') };
  }
  return { ...source, logoImages };
}
