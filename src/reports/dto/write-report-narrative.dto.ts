import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NARRATIVE_SECTIONS, NarrativeSection } from '../../reporting-framework/reporting-framework.events';

const MAX = 20_000;
const text = (description: string) => [
  ApiPropertyOptional({ description }),
  IsOptional(),
  IsString(),
  MaxLength(MAX, { message: `each section may have at most ${MAX} characters` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

/** Every section optional: INL's three, the EU's five; an empty one is left out. */
export class WriteReportNarrativeDto {
  @apply(text('INL: accomplishments against objectives')) accomplishments?: string;
  @apply(text('INL: reasons goals were not met')) goalsNotMet?: string;
  @apply(text('INL: next steps')) nextSteps?: string;
  @apply(text('EU: context')) context?: string;
  @apply(text('EU: progress per pillar or outcome')) progress?: string;
  @apply(text('EU: changes')) changes?: string;
  @apply(text('EU: challenges')) challenges?: string;
  @apply(text('EU: lessons learnt')) lessons?: string;
}

export function narrativeFrom(dto: WriteReportNarrativeDto): Partial<Record<NarrativeSection, string>> {
  const sections: Partial<Record<NarrativeSection, string>> = {};
  for (const key of NARRATIVE_SECTIONS) {
    const value = dto[key]?.trim();
    if (value) sections[key] = value;
  }
  return sections;
}
