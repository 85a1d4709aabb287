import { ApiProperty } from '@nestjs/swagger';
import { IsObject, ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { SPOTLIGHT_PILLARS, SpotlightPillar } from '../../reporting-framework/reporting-framework.events';

const MAX_THEMES = 200;

function isPillarMapping(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_THEMES &&
    entries.every(([theme, pillar]) => theme.trim().length > 0 && theme.length <= 100 && SPOTLIGHT_PILLARS.includes(pillar as SpotlightPillar))
  );
}

function IsPillarMapping(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPillarMapping',
      validator: {
        validate: isPillarMapping,
        defaultMessage: buildMessage(
          (each) => `${each}$property must map each theme (1-100 characters, at most ${MAX_THEMES}) to one of: ${SPOTLIGHT_PILLARS.join(', ')}`,
          options,
        ),
      },
    },
    options,
  );
}

export class MapThemesToPillarsDto {
  @ApiProperty({
    description: 'theme → Spotlight pillar; the whole mapping is replaced; themes left out use the built-in mapping',
    example: { 'legal aid': 'services', legislation: 'laws_and_policies', 'awareness raising': 'prevention' },
  })
  @IsObject()
  @IsPillarMapping()
  mapping: Record<string, SpotlightPillar>;
}
